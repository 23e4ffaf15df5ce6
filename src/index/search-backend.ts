import type { LoadedIndex } from './store.js';

/** A passage a backend found, with the raw score of the leg that found it (higher is better). */
export interface SearchCandidate {
  /** Passage id (`articleId#n`). */
  id: string;
  /** Cosine similarity for the dense leg; the BM25 (or full-text rank) score for the lexical leg. */
  score: number;
}

/**
 * Where passages are searched: the HNSW and BM25 files in memory (`local`), or a shared
 * PostgreSQL database (`postgres`). A backend only finds candidates and reports their raw
 * scores; fusion, MMR, re-ranking, abstention and quote checking stay above it, the same for both.
 */
export interface SearchBackend {
  readonly kind: 'local' | 'postgres';
  /** The `k` passages nearest to a unit query vector, best first. */
  dense(query: Float32Array, k: number): Promise<SearchCandidate[]>;
  /** The `k` best passages for the question's terms (as `tokenize` produced them), best first. */
  lexical(terms: readonly string[], k: number): Promise<SearchCandidate[]>;
  /** Stored unit vectors of passages (MMR and the similarity abstention reads); unknown ids are left out. */
  vectors(ids: readonly string[]): Promise<Map<string, Float32Array>>;
}

/**
 * An index in service, whatever the backend: the passages and articles quotes are checked
 * against, the corpus statistics that reading a question needs, and the backend to search.
 */
export type ServedIndex = Pick<LoadedIndex, 'manifest' | 'articles' | 'passages' | 'labels' | 'lexical'> & { search: SearchBackend };
