import type { PreparedBm25 } from '../index/lexical-prepared.js';
import { tokenize } from '../text/tokenize.js';

/** A search result; higher scores are better. */
export interface Bm25Hit {
  id: string;
  score: number;
}

/** True when (scoreA, idA) ranks before (scoreB, idB): higher score, then smaller id. */
function before(scoreA: number, idA: string, scoreB: number, idB: string): boolean {
  return scoreA > scoreB || (scoreA === scoreB && idA < idB);
}

/**
 * Okapi BM25 with idf = ln(1 + (N − df + 0.5) / (df + 0.5)): the best `k` documents for
 * `query`, best first, ties broken by id. `query` is raw text, or terms already produced by
 * `tokenize`. Repeated query terms count once: in a short question repetition is incidental.
 */
export function searchBm25(prepared: PreparedBm25, query: string | readonly string[], k: number): Bm25Hit[] {
  const terms = new Set(typeof query === 'string' ? tokenize(query) : query);
  const { ids, rows, offsets, postingDocs, postingWeights } = prepared;
  if (k <= 0 || ids.length === 0) return [];
  const scores = new Float64Array(ids.length);
  const touched: number[] = [];
  for (const term of terms) {
    const row = rows.get(term);
    if (row === undefined) continue;
    for (let p = offsets[row]; p < offsets[row + 1]; p++) {
      const d = postingDocs[p];
      // Every weight is positive (idf > 0 for this formula), so 0 means "not seen yet".
      if (scores[d] === 0) touched.push(d);
      scores[d] += postingWeights[p];
    }
  }
  // Bounded insertion into a sorted top-k: O(touched · log k), no full sort of the matches.
  const top: number[] = [];
  for (const d of touched) {
    const s = scores[d];
    if (top.length === k) {
      const last = top[k - 1];
      if (!before(s, ids[d], scores[last], ids[last])) continue;
      top.pop();
    }
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = top[mid];
      if (before(scores[m], ids[m], s, ids[d])) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, d);
  }
  return top.map((d) => ({ id: ids[d], score: scores[d] }));
}
