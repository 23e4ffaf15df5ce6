import type { IndexData, StoredArticle } from '../index/store.js';
import { parseBm25 } from '../retrieval/bm25.js';
import { prepareBm25 } from '../retrieval/bm25-search.js';
import { idfOf, type SearchableIndex } from '../retrieval/retriever.js';
import { mainTopics } from './topics.js';
import type { CorpusEntry } from './service.js';

/** A loaded index with everything a query needs prepared once, not per question. */
export interface ReadyIndex {
  data: IndexData;
  search: SearchableIndex;
  articles: ReadonlyMap<string, StoredArticle>;
  idf: (term: string) => number;
  /** Articles oldest first (undated last). */
  entries: CorpusEntry[];
  topics: string[];
}

/** Orders ISO dates and partial dates ("2019-04"); undated articles go last. */
export function byPublished(a: { published: string | null }, b: { published: string | null }): number {
  if (a.published === b.published) return 0;
  if (a.published === null) return 1;
  if (b.published === null) return -1;
  return a.published.localeCompare(b.published);
}

export function prepareIndex(data: IndexData): ReadyIndex {
  const bm25 = parseBm25(data.lexical);
  const search: SearchableIndex = {
    passages: data.passages,
    vectors: data.vectors,
    prepared: prepareBm25(bm25),
    labels: new Map(data.passages.map((p, i) => [p.id, i])),
  };
  const entries = data.articles
    .map((a) => ({ articleId: a.id, source: a.source }))
    .sort((a, b) => byPublished(a.source, b.source) || a.source.title.localeCompare(b.source.title));
  return {
    data,
    search,
    articles: new Map(data.articles.map((a) => [a.id, a])),
    idf: idfOf(search.prepared),
    entries,
    topics: mainTopics(data.articles.map((a) => a.text)),
  };
}
