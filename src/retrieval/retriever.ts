import type { Passage } from '../corpus/types.js';
import { bm25Idf, type PreparedBm25 } from '../index/lexical-prepared.js';
import type { ServedIndex } from '../index/search-backend.js';
import { mmr } from './diversify.js';
import { reciprocalRankFusion, weightedScoreFusion, type Ranked } from './fusion.js';
import { tokenize } from '../text/tokenize.js';

/** Which signals rank passages. */
export type RetrievalMode = 'hybrid' | 'dense' | 'bm25';

/** How retrieval ranks and spreads passages. */
export interface RetrievalSettings {
  mode: RetrievalMode;
  fusion: 'rrf' | 'weighted';
  /** Weight of the dense list against the lexical one (1 = equal). */
  denseWeight: number;
  /** How many hits each list contributes before fusion. */
  candidates: number;
  /** Passages returned. */
  k: number;
  /** At most this many passages from one article. */
  perArticleCap: number;
  /** MMR trade-off: 1 is relevance only. */
  mmrLambda: number;
}

export const DEFAULT_RETRIEVAL: RetrievalSettings = {
  mode: 'hybrid',
  fusion: 'weighted',
  denseWeight: 1,
  candidates: 50,
  k: 5,
  perArticleCap: 3,
  mmrLambda: 0.7,
};

/** The parts of a served index that retrieval reads (a view of it, so tests can build one by hand). */
export type RetrievalView = Pick<ServedIndex, 'passages' | 'labels' | 'search'>;

/** A ranked passage with the raw signals behind its rank (abstention reads them). */
export interface Retrieved {
  passage: Passage;
  score: number;
  /** Cosine similarity to the question, when the passage was in the dense list. */
  dense: number | null;
  /** BM25 score, when the passage was in the lexical list. */
  lexical: number | null;
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** How many of the lexical list's best a hybrid pool always holds. */
const LEXICAL_HEAD = 10;

/**
 * The picked passages, with any of the lexical list's best that fusion left out. Min-max scaling
 * gives the last passage naming a rare name nothing from the lexical list ("Peru's foreign
 * minister, Nestor Popolizio", third of three), so among thousands of other articles it lost its
 * place to passages that only sound alike. Only a pool that is asked for more than the answer
 * (the ranker's) is widened: a short list stays as asked.
 */
function withLexicalHead<T extends { id: string }>(picked: T[], head: readonly T[], lexical: readonly Ranked[], k: number): T[] {
  if (k < LEXICAL_HEAD) return picked;
  const have = new Set(picked.map((c) => c.id));
  const missing = lexical.slice(0, LEXICAL_HEAD).flatMap((h) => {
    const c = have.has(h.id) ? undefined : head.find((o) => o.id === h.id);
    return c === undefined ? [] : [c];
  });
  return [...picked, ...missing];
}

/** Okapi idf of a term in the lexical index; unseen terms get the highest possible weight. */
export function idfOf(prepared: PreparedBm25): (term: string) => number {
  return (term) => bm25Idf(prepared, term);
}

/**
 * Ranks passages for a question: dense and lexical lists from the search backend, fused, then
 * spread across articles with MMR and a per-article cap. The backend only finds candidates;
 * everything after that is the same whichever backend searched.
 */
export async function retrieve(
  index: RetrievalView,
  question: string,
  queryVector: Float32Array | null,
  settings: RetrievalSettings,
  /** The lexical leg's terms when they differ from the question's own (a translated question searches more words). */
  lexicalTerms: readonly string[] = tokenize(question),
): Promise<Retrieved[]> {
  const [denseHits, lexicalHits]: Ranked[][] = await Promise.all([
    settings.mode !== 'bm25' && queryVector !== null ? index.search.dense(queryVector, settings.candidates) : [],
    settings.mode !== 'dense' ? index.search.lexical([...lexicalTerms], settings.candidates) : [],
  ]);
  const dense = new Map(denseHits.map((h) => [h.id, h.score]));
  const lexical = new Map(lexicalHits.map((h) => [h.id, h.score]));

  const lists = settings.mode === 'hybrid' ? [denseHits, lexicalHits] : settings.mode === 'dense' ? [denseHits] : [lexicalHits];
  const weights = settings.mode === 'hybrid' ? [settings.denseWeight, 1] : [1];
  const fused = settings.fusion === 'rrf' ? reciprocalRankFusion(lists, { weights }) : weightedScoreFusion(lists, weights);

  // A backend may know a passage the loaded build does not (a newer build switched in between): skip it.
  const candidates = fused.flatMap((f) => {
    const label = index.labels.get(f.id);
    return label === undefined ? [] : [{ id: f.id, score: f.score, group: index.passages[label]!.articleId, label }];
  });
  // Vectors only for the head of the list: MMR never reaches far down it.
  const top = candidates.slice(0, settings.k * 4);
  const stored = await index.search.vectors(top.map((c) => c.id));
  const head = top.flatMap((c) => {
    const vector = stored.get(c.id);
    return vector ? [{ ...c, vector }] : [];
  });
  const diverse = mmr(head, { k: settings.k, lambda: settings.mmrLambda, perGroupCap: settings.perArticleCap });
  const picked = settings.mode === 'hybrid' ? withLexicalHead(diverse, head, lexicalHits, settings.k) : diverse;
  return picked.map((c) => ({
    passage: index.passages[c.label]!,
    score: c.score,
    // Similarity for every picked passage, not only those the dense list reached: abstention reads it.
    dense: queryVector ? dot(queryVector, c.vector) : (dense.get(c.id) ?? null),
    lexical: lexical.get(c.id) ?? null,
  }));
}
