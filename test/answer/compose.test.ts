import { describe, expect, it } from 'vitest';
import { composeAnswer } from '../../src/answer/compose.js';
import { DEFAULT_RETRIEVAL, idfOf, retrieve } from '../../src/retrieval/retriever.js';
import { tokenize } from '../../src/text/tokenize.js';
import { smallIndex } from '../support/small-index.js';

const corpus = {
  a: [
    'The meeting opened late. Peru invited Russia and China to the Lima Group meeting. Delegates were surprised.',
    'Peru invited Russia and China again in August. The US was invited too.',
  ],
  b: ['Chile will host the APEC conference in Santiago. It opens in November.'],
};

async function answer(question: string, answerable = true, k = 5) {
  const { search, articles, embedder } = smallIndex(corpus);
  const retrieved = await retrieve(search, question, embedder.vector(question), { ...DEFAULT_RETRIEVAL, k });
  return composeAnswer({ question, retrieved, articles, queryTerms: new Set(tokenize(question)), idf: idfOf(search.lexical), answerable });
}

describe('composeAnswer', () => {
  it('quotes exact article text at the recorded offsets, with the source', async () => {
    const result = await answer('Who did Peru invite to the Lima Group?');
    expect(result.answerable).toBe(true);
    for (const p of result.passages) {
      const text = corpus[p.articleId as keyof typeof corpus].join('\n\n');
      expect(text.slice(p.start, p.end)).toBe(p.quote);
      expect(p.source.title).toBe(`Title ${p.articleId}`);
    }
    expect(result.passages[0]!.quote).toContain('Peru invited Russia and China to the Lima Group meeting.');
  });

  it('never shows the same text twice', async () => {
    const result = await answer('Peru invited Russia China', true, 5);
    const spans = result.passages.filter((p) => p.articleId === 'a').sort((x, y) => x.start - y.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThan(spans[i - 1]!.end);
  });

  it('records where a quote reaches across text that cleaning removed, as offsets into the quote', async () => {
    const { search, articles, embedder } = smallIndex(corpus);
    const a = articles.get('a')!;
    const gap = corpus.a[0]!.length;
    articles.set('a', { ...a, gaps: [gap] });
    const question = 'Peru invited Russia China';
    const retrieved = await retrieve(search, question, embedder.vector(question), { ...DEFAULT_RETRIEVAL, k: 5 });
    const input = { question, retrieved, articles, queryTerms: new Set(tokenize(question)), idf: idfOf(search.lexical), answerable: true };
    const across = composeAnswer(input).passages.filter((p) => p.articleId === 'a' && p.start < gap && p.end > gap);
    expect(across.length).toBeGreaterThan(0);
    for (const p of across) expect(p.gaps).toEqual([gap - p.start]);
    for (const p of composeAnswer(input).passages.filter((q) => q.articleId === 'b')) expect(p.gaps).toEqual([]);
  });

  it('marks where the best-ranked passage stands in a quote that merges touching ones', async () => {
    const result = await answer('Did Peru invite Russia and China again in August?', true, 5);
    const merged = result.passages.find((p) => p.articleId === 'a')!;
    expect(merged.quote).toContain('The meeting opened late.');
    expect(merged.focus).toBeDefined();
    expect(merged.quote.slice(merged.focus!.start, merged.focus!.end)).toContain('again in August');
    expect(merged.focus!.start).toBeGreaterThan(0);
    const single = await answer('Who hosts the APEC conference in Santiago?', true, 1);
    expect(single.passages[0]!.focus).toBeUndefined();
  });

  it('quotes a story the corpus holds twice only once', async () => {
    const twice = {
      a: ['Peru invited Russia and China to the Lima Group meeting.'],
      b: ['Peru invited Russia and China to the Lima Group meeting.'],
    };
    const { search, articles, embedder } = smallIndex(twice);
    const question = 'Who did Peru invite?';
    const retrieved = await retrieve(search, question, embedder.vector(question), { ...DEFAULT_RETRIEVAL, k: 5 });
    expect(retrieved).toHaveLength(2);
    const input = { question, retrieved, articles, queryTerms: new Set(tokenize(question)), idf: idfOf(search.lexical), answerable: true };
    expect(composeAnswer(input).passages).toHaveLength(1);
  });

  it('returns no passages and the nearest article titles when the corpus has no answer', async () => {
    const result = await answer('Who won the FIFA World Cup?', false);
    expect(result.answerable).toBe(false);
    expect(result.passages).toEqual([]);
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.every((s) => s.startsWith('Title '))).toBe(true);
  });
});
