import type { Passage } from '../corpus/types.js';
import { bm25Idf, type PreparedBm25 } from '../index/lexical-prepared.js';
import type { LoadedIndex } from '../index/store.js';
import { searchBm25 } from './bm25.js';
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

/** The parts of a {@link LoadedIndex} that retrieval reads (a view of it, so tests can build one by hand). */
export type RetrievalView = Pick<LoadedIndex, 'passages' | 'labels' | 'vectors' | 'lexical'>;

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

/** Okapi idf of a term in the lexical index; unseen terms get the highest possible weight. */
export function idfOf(prepared: PreparedBm25): (term: string) => number {
  return (term) => bm25Idf(prepared, term);
}

/**
 * Ranks passages for a question: dense and lexical lists, fused, then spread across
 * articles with MMR and a per-article cap. Pure over the index it is given.
 */
export function retrieve(
  index: RetrievalView,
  question: string,
  queryVector: Float32Array | null,
  settings: RetrievalSettings,
  /** The lexical leg's terms when they differ from the question's own (a translated question searches more words). */
  lexicalTerms: readonly string[] = tokenize(question),
): Retrieved[] {
  const denseHits: Ranked[] =
    settings.mode !== 'bm25' && queryVector !== null
      ? index.vectors.search(queryVector, settings.candidates).map((h) => ({ id: index.passages[h.label]!.id, score: h.score }))
      : [];
  const lexicalHits: Ranked[] = settings.mode !== 'dense' ? searchBm25(index.lexical, [...lexicalTerms], settings.candidates) : [];
  const dense = new Map(denseHits.map((h) => [h.id, h.score]));
  const lexical = new Map(lexicalHits.map((h) => [h.id, h.score]));

  const lists = settings.mode === 'hybrid' ? [denseHits, lexicalHits] : settings.mode === 'dense' ? [denseHits] : [lexicalHits];
  const weights = settings.mode === 'hybrid' ? [settings.denseWeight, 1] : [1];
  const fused = settings.fusion === 'rrf' ? reciprocalRankFusion(lists, { weights }) : weightedScoreFusion(lists, weights);

  const candidates = fused.map((f) => {
    const label = index.labels.get(f.id)!;
    return { id: f.id, score: f.score, group: index.passages[label]!.articleId, label };
  });
  // Vectors only for the head of the list: MMR never reaches far down it.
  const head = candidates.slice(0, settings.k * 4).map((c) => ({ ...c, vector: index.vectors.vector(c.label) }));
  const picked = mmr(head, { k: settings.k, lambda: settings.mmrLambda, perGroupCap: settings.perArticleCap });
  return picked.map((c) => ({
    passage: index.passages[c.label]!,
    score: c.score,
    // Similarity for every picked passage, not only those the dense list reached: abstention reads it.
    dense: queryVector ? dot(queryVector, c.vector) : (dense.get(c.id) ?? null),
    lexical: lexical.get(c.id) ?? null,
  }));
}
