import { CitebotError } from '../errors.js';
import type { Bm25Index } from './lexical.js';

/**
 * A search-ready view of a {@link Bm25Index}: an inverted index in compressed-row form, with
 * BM25 weights precomputed, so a query touches only the documents that contain its terms.
 * Built in memory by {@link prepareBm25}; never written to disk.
 */
export interface PreparedBm25 {
  /** The stored index these postings were built from (a build updates it incrementally). */
  readonly source: Bm25Index;
  /** Document ids; postings refer to documents by position here. */
  readonly ids: readonly string[];
  /** Term → row; only terms some document contains. */
  readonly rows: ReadonlyMap<string, number>;
  /** Row r's postings are positions `offsets[r]` to `offsets[r + 1]` of the two arrays below. */
  readonly offsets: Uint32Array;
  readonly postingDocs: Uint32Array;
  /** idf × saturated, length-normalised tf; float32 halves memory and is ample for ranking. */
  readonly postingWeights: Float32Array;
}

function corrupt(detail: string): CitebotError {
  return new CitebotError('INDEX_CORRUPT', `The keyword (BM25) index is inconsistent: ${detail}.`, {
    hint: 'Rebuild the index with `npm run index`.',
  });
}

/** Okapi idf, ln(1 + (N − df + 0.5) / (df + 0.5)); always positive. */
function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * Builds postings for `index` (rows are vocabulary ids), sized from its stored `df` and
 * checked against it. Linear in the number of (term, doc) pairs, with no string hashing
 * per pair; do it once after loading or updating.
 * @throws CitebotError `INDEX_CORRUPT` when `df` or `totalLength` disagrees with the documents.
 */
export function prepareBm25(index: Bm25Index): PreparedBm25 {
  const { k1, b, docs, terms } = index;
  const n = docs.length;
  const offsets = new Uint32Array(terms.length + 1);
  const rows = new Map<string, number>();
  terms.forEach((term, t) => {
    const df = Object.hasOwn(index.df, term) ? index.df[term] : 0;
    if (!Number.isInteger(df) || df < 0 || (df > 0 && rows.has(term))) throw corrupt(`document frequency of "${term}"`);
    if (df > 0) rows.set(term, t);
    offsets[t + 1] = offsets[t] + df;
  });
  if (rows.size !== Object.keys(index.df).length) throw corrupt('terms missing from the vocabulary');
  const size = offsets[terms.length];
  const postingDocs = new Uint32Array(size);
  const postingWeights = new Float32Array(size);
  const next = offsets.slice(0, terms.length);
  const lengths = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    const doc = docs[d];
    for (let i = 0; i < doc.terms.length; i++) {
      const t = doc.terms[i];
      const count = doc.counts[i];
      const at = next[t];
      // A bad id reads `undefined` here, failing the comparison.
      if (!(at < offsets[t + 1]) || !(count > 0)) throw corrupt(`document "${doc.id}"`);
      postingDocs[at] = d;
      postingWeights[at] = count; // raw tf for now; weighted below
      next[t] = at + 1;
      lengths[d] += count;
    }
  }
  if (lengths.reduce((sum, x) => sum + x, 0) !== index.totalLength) throw corrupt('total length');
  const avgdl = n > 0 ? index.totalLength / n : 1;
  for (let t = 0; t < terms.length; t++) {
    const from = offsets[t];
    const to = offsets[t + 1];
    if (next[t] !== to) throw corrupt(`document frequency of "${terms[t]}"`);
    const w = idf(n, to - from);
    for (let p = from; p < to; p++) {
      const tf = postingWeights[p];
      const norm = k1 * (1 - b + (b * lengths[postingDocs[p]]) / avgdl);
      postingWeights[p] = (w * tf * (k1 + 1)) / (tf + norm);
    }
  }
  return { source: index, ids: docs.map((doc) => doc.id), rows, offsets, postingDocs, postingWeights };
}

/** Okapi idf of `term` in the prepared index; a term no document contains gets the maximum. */
export function bm25Idf(prepared: PreparedBm25, term: string): number {
  const row = prepared.rows.get(term);
  const df = row === undefined ? 0 : prepared.offsets[row + 1] - prepared.offsets[row];
  return idf(prepared.ids.length, df);
}

/** How many documents contain `term` (0 for a term no document contains). */
export function documentFrequency(prepared: PreparedBm25, term: string): number {
  const row = prepared.rows.get(term);
  return row === undefined ? 0 : prepared.offsets[row + 1]! - prepared.offsets[row]!;
}

/**
 * True when some document contains both terms. Postings are in document order, so this is one
 * merge of two sorted lists.
 */
export function cooccur(prepared: PreparedBm25, a: string, b: string): boolean {
  const ra = prepared.rows.get(a);
  const rb = prepared.rows.get(b);
  if (ra === undefined || rb === undefined) return false;
  const { offsets, postingDocs } = prepared;
  let i = offsets[ra]!;
  let j = offsets[rb]!;
  while (i < offsets[ra + 1]! && j < offsets[rb + 1]!) {
    const da = postingDocs[i]!;
    const db = postingDocs[j]!;
    if (da === db) return true;
    if (da < db) i++;
    else j++;
  }
  return false;
}
