import { CitebotError } from '../errors.js';
import { termFrequencies, tokenize } from '../text/tokenize.js';

/*
 * The lexical (BM25) index as stored: built and updated here at index time, written as JSON,
 * parsed back on load. `lexical-prepared.ts` turns it into the postings search reads.
 */

/**
 * One indexed text as term ids and counts. Ids, not a term → count record, because
 * `JSON.parse` of 60k records with distinct keys took 11 s in our measurement, against
 * under 1 s for number arrays, and because rebuilding postings from ids needs no hashing.
 */
export interface Bm25Doc {
  id: string;
  /** The doc's distinct terms, as positions in {@link Bm25Index.terms}, ascending. */
  terms: number[];
  /** `counts[i]` is how often `terms[i]` occurs; their sum is the doc's length. */
  counts: number[];
}

/**
 * A BM25 index as plain data: {@link serializeBm25} writes it and {@link parseBm25} reads it
 * back. It stores each document's term counts only; `prepareBm25` builds postings on load.
 * Every function here returns a new index and keeps `df` and `totalLength` in step with `docs`.
 */
export interface Bm25Index {
  version: 1;
  /** Term-frequency saturation. */
  k1: number;
  /** Length normalisation: 0 ignores document length, 1 normalises fully. */
  b: number;
  /** The vocabulary, sorted: exactly the terms some doc contains. A term's id is its position. */
  terms: string[];
  /** Number of documents containing each term; terms in no document are absent. */
  df: Record<string, number>;
  docs: Bm25Doc[];
  /** Sum of all document lengths, for the average length. */
  totalLength: number;
}

/** Tuning for a new index; Okapi's usual defaults suit paragraph-sized passages. */
export interface Bm25Params {
  k1?: number;
  b?: number;
}

/** A text to index. */
export interface Bm25Input {
  id: string;
  text: string;
}

/** A private copy to update, with df by term id: arrays, not string-keyed lookups, per token. */
interface Working {
  terms: string[];
  df: number[];
  docs: Bm25Doc[];
  totalLength: number;
}

function working(index: Bm25Index): Working {
  const df = index.terms.map((term) => (Object.hasOwn(index.df, term) ? index.df[term] : 0));
  return { terms: [...index.terms], df, docs: index.docs, totalLength: index.totalLength };
}

/** Removes the docs with these ids from `w.docs` (into a new array), updating counts. */
function drop(w: Working, ids: ReadonlySet<string>): void {
  w.docs = w.docs.filter((doc) => {
    if (!ids.has(doc.id)) return true;
    doc.terms.forEach((t, i) => {
      w.df[t] -= 1;
      w.totalLength -= doc.counts[i];
    });
    return false;
  });
}

/**
 * Puts the index in canonical form: the vocabulary is exactly the live terms, sorted, and
 * each doc lists its term ids ascending. So an index reached by any sequence of adds and
 * removes is the same data as a fresh build of the same docs (up to doc order), and no
 * vocabulary of dead terms can pile up. Costs one pass over all (term, doc) pairs.
 */
function finish(index: Bm25Index, w: Working): Bm25Index {
  const live = w.terms.map((_, id) => id).filter((id) => w.df[id] > 0);
  live.sort((a, b) => (w.terms[a] < w.terms[b] ? -1 : 1));
  const remap = new Int32Array(w.terms.length).fill(-1);
  // No prototype, so `df["constructor"]` is a count or undefined, never a function.
  const df = Object.create(null) as Record<string, number>;
  const terms = live.map((id, rank) => {
    remap[id] = rank;
    df[w.terms[id]] = w.df[id];
    return w.terms[id];
  });
  const docs = w.docs.map((doc) => {
    const order = doc.terms.map((_, i) => i).sort((i, j) => remap[doc.terms[i]] - remap[doc.terms[j]]);
    return { id: doc.id, terms: order.map((i) => remap[doc.terms[i]]), counts: order.map((i) => doc.counts[i]) };
  });
  return { version: 1, k1: index.k1, b: index.b, terms, df, docs, totalLength: w.totalLength };
}

/** An index with no documents. */
export function emptyBm25(params: Bm25Params = {}): Bm25Index {
  return { version: 1, k1: params.k1 ?? 1.2, b: params.b ?? 0.75, terms: [], df: {}, docs: [], totalLength: 0 };
}

/** Builds an index over `docs` (a later duplicate id replaces an earlier one). */
export function buildBm25(docs: readonly Bm25Input[], params: Bm25Params = {}): Bm25Index {
  return addDocs(emptyBm25(params), docs);
}

/**
 * Returns a new index with `docs` added and the docs with ids in `remove` removed, in one pass
 * (an incremental build does both). A doc whose id is already indexed replaces the old one, so
 * re-adding a changed article's passages is an update. The input is not modified.
 */
export function addDocs(index: Bm25Index, docs: readonly Bm25Input[], remove: Iterable<string> = []): Bm25Index {
  const latest = new Map(docs.map((doc) => [doc.id, doc.text]));
  const w = working(index);
  drop(w, new Set([...remove, ...latest.keys()]));
  const ids = new Map(w.terms.map((term, id) => [term, id]));
  for (const [id, text] of latest) {
    const doc: Bm25Doc = { id, terms: [], counts: [] };
    for (const [term, count] of termFrequencies(tokenize(text))) {
      let t = ids.get(term);
      if (t === undefined) {
        t = w.terms.push(term) - 1;
        w.df.push(0);
        ids.set(term, t);
      }
      w.df[t] += 1;
      w.totalLength += count;
      doc.terms.push(t);
      doc.counts.push(count);
    }
    w.docs.push(doc);
  }
  return finish(index, w);
}

/** Returns a new index without the docs whose ids are given; unknown ids are ignored. */
export function removeDocs(index: Bm25Index, ids: Iterable<string>): Bm25Index {
  const w = working(index);
  drop(w, new Set(ids));
  return finish(index, w);
}

/** The index as the text of its file. */
export function serializeBm25(index: Bm25Index): string {
  return JSON.stringify(index);
}

/**
 * Reads an index file's text back, checking its shape; `prepareBm25` checks the counts.
 * @throws CitebotError `INDEX_CORRUPT` when it is not JSON or not a {@link Bm25Index}.
 */
export function parseBm25(text: string): Bm25Index {
  let v: Partial<Bm25Index> | null = null;
  try {
    v = JSON.parse(text) as Partial<Bm25Index> | null;
  } catch {
    // Reported below, with the same hint as any other malformed index.
  }
  const ok =
    typeof v === 'object' &&
    v !== null &&
    v.version === 1 &&
    typeof v.k1 === 'number' &&
    typeof v.b === 'number' &&
    typeof v.totalLength === 'number' &&
    typeof v.df === 'object' &&
    v.df !== null &&
    Array.isArray(v.terms) &&
    v.terms.every((t) => typeof t === 'string') &&
    Array.isArray(v.docs) &&
    v.docs.every(
      (d) => typeof d?.id === 'string' && Array.isArray(d.terms) && Array.isArray(d.counts) && d.terms.length === d.counts.length,
    );
  if (!ok) {
    throw new CitebotError('INDEX_CORRUPT', 'The keyword (BM25) index file is not in the expected format.', {
      hint: 'Rebuild the index with `npm run index`.',
    });
  }
  return v as Bm25Index;
}
