import type { Passage } from '../../src/corpus/types.js';
import type { StoredArticle } from '../../src/index/store.js';
import type { VectorHit, VectorStore } from '../../src/index/vector-store.js';
import { buildBm25 } from '../../src/index/lexical.js';
import { prepareBm25 } from '../../src/index/lexical-prepared.js';
import { localSearch } from '../../src/retrieval/local-search.js';
import type { RetrievalView } from '../../src/retrieval/retriever.js';
import { FakeEmbedder } from '../../src/testing/fake-embedder.js';

/**
 * Five short documents for lexical (BM25) tests: "oil" is common, "sanctions" rare, and one
 * document carries accents and a curly apostrophe that queries type without.
 */
export const LEXICAL_DOCS: readonly { id: string; text: string }[] = [
  { id: 'a', text: 'Oil prices rose as the oil market reacted to oil output.' },
  { id: 'b', text: 'The oil market was calm on Monday.' },
  { id: 'c', text: 'Mexico announced new sanctions on Venezuela.' },
  { id: 'd', text: 'Oil exports from Venezuela fell.' },
  { id: 'e', text: 'Mexico’s president López Obrador visits Cúcuta.' },
];

/** Exact search over a handful of vectors: the hand-written stand-in for HNSW. */
export class ExactVectorStore implements VectorStore {
  constructor(private readonly vectors: Float32Array[]) {}
  get size() {
    return this.vectors.length;
  }
  search(query: Float32Array, k: number): VectorHit[] {
    return this.vectors
      .map((v, label) => ({ label, score: v.reduce((s, x, i) => s + x * query[i]!, 0) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, k);
  }
  vector(label: number): Float32Array {
    return this.vectors[label]!;
  }
}

/** A searchable index over articles given as arrays of paragraphs (one passage per paragraph). */
export function smallIndex(articles: Record<string, string[]>, embedder = new FakeEmbedder()) {
  const stored: StoredArticle[] = [];
  const passages: Passage[] = [];
  for (const [id, paragraphs] of Object.entries(articles)) {
    const text = paragraphs.join('\n\n');
    stored.push({
      id,
      text,
      gaps: [],
      contentHash: id,
      source: { title: `Title ${id}`, outlet: 'Outlet', published: '2019-01-01', url: null, file: `${id}.md` },
    });
    let at = 0;
    paragraphs.forEach((p, i) => {
      passages.push({ id: `${id}#${i}`, articleId: id, paragraph: i, start: at, end: at + p.length, text: p });
      at += p.length + 2;
    });
  }
  const index = {
    passages,
    vectors: new ExactVectorStore(passages.map((p) => embedder.vector(p.text))),
    lexical: prepareBm25(buildBm25(passages)),
    labels: new Map(passages.map((p, i) => [p.id, i])),
  };
  const search: RetrievalView & typeof index = { ...index, search: localSearch(index) };
  return { search, articles: new Map(stored.map((a) => [a.id, a])), embedder };
}
