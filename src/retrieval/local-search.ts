import type { LoadedIndex } from '../index/store.js';
import type { SearchBackend, SearchCandidate, ServedIndex } from '../index/search-backend.js';
import { searchBm25 } from './bm25.js';

/**
 * The `local` backend: today's HNSW graph and BM25 index, both held in memory. It answers at
 * once; the promises only match the shape a database backend needs.
 */
export function localSearch(index: Pick<LoadedIndex, 'passages' | 'labels' | 'vectors' | 'lexical'>): SearchBackend {
  return {
    kind: 'local',
    dense: async (query, k): Promise<SearchCandidate[]> =>
      index.vectors.search(query, k).map((h) => ({ id: index.passages[h.label]!.id, score: h.score })),
    lexical: async (terms, k) => searchBm25(index.lexical, terms, k),
    vectors: async (ids) => {
      const found = new Map<string, Float32Array>();
      for (const id of ids) {
        const label = index.labels.get(id);
        if (label !== undefined) found.set(id, index.vectors.vector(label));
      }
      return found;
    },
  };
}

/** A loaded local index as served: the same index, searched in memory. */
export function serveLocal(index: LoadedIndex): ServedIndex & { dir: string } {
  return { ...index, search: localSearch(index) };
}
