import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRIEVAL, idfOf, retrieve } from '../../src/retrieval/retriever.js';
import { smallIndex } from '../support/small-index.js';

const corpus = {
  mexico: [
    'Mexico said its position on Venezuela will not change.',
    'Mexico hosted talks between the Venezuelan government and the opposition.',
    'Mexico asked Washington to restore relations with Venezuela.',
    'Mexico received hundreds of Venezuelans expelled by the United States.',
  ],
  peru: ['Peru invited Russia and China to the Lima Group meeting on Venezuela.', 'Peru wants a dialogue about Venezuela.'],
  chile: ['Chile will host the APEC conference in Santiago.'],
};

describe('retrieve', () => {
  it('finds the passage that shares the rare words of the question in every mode', async () => {
    const { search, embedder } = smallIndex(corpus);
    const q = 'Who did Peru invite to the Lima Group?';
    for (const mode of ['hybrid', 'dense', 'bm25'] as const) {
      const top = (await retrieve(search, q, embedder.vector(q), { ...DEFAULT_RETRIEVAL, mode }))[0]!;
      expect(top.passage.id).toBe('peru#0');
    }
  });

  it('spreads a broad question across articles instead of filling the answer from one', async () => {
    const { search, embedder } = smallIndex(corpus);
    const q = 'What is the policy on Venezuela of Mexico and Peru?';
    const results = await retrieve(search, q, embedder.vector(q), { ...DEFAULT_RETRIEVAL, k: 4, perArticleCap: 2 });
    const articles = results.map((r) => r.passage.articleId);
    expect(articles.filter((a) => a === 'mexico').length).toBeLessThanOrEqual(2);
    expect(new Set(articles).has('peru')).toBe(true);
  });

  it('fills more slots from one article when the cap allows it', async () => {
    const { search, embedder } = smallIndex(corpus);
    const q = 'Mexico Venezuela';
    const results = await retrieve(search, q, embedder.vector(q), { ...DEFAULT_RETRIEVAL, k: 4, perArticleCap: 4, mmrLambda: 1 });
    expect(results.filter((r) => r.passage.articleId === 'mexico').length).toBeGreaterThanOrEqual(3);
  });

  it('reports the dense similarity of every returned passage, even in lexical mode', async () => {
    const { search, embedder } = smallIndex(corpus);
    const q = 'APEC conference Santiago';
    const [top] = await retrieve(search, q, embedder.vector(q), { ...DEFAULT_RETRIEVAL, mode: 'bm25' });
    expect(top!.passage.id).toBe('chile#0');
    expect(top!.dense).toBeGreaterThan(0.3);
    expect(top!.lexical).toBeGreaterThan(0);
  });

  it("keeps the lexical list's best in a hybrid pool, even the last passage naming a rare name", async () => {
    // Many passages sound like the question; three name Popolizio, the longest of them scoring
    // lowest in BM25, which min-max fusion turns into nothing from the lexical list.
    const alike = Array.from(
      { length: 30 },
      (_, i) => `Who is the minister of the government ${i}? The minister is who the government is.`,
    );
    const named = [
      'Popolizio spoke.',
      'Popolizio said yes.',
      `Peru's foreign minister, Nestor Popolizio, told a press conference about ${'the talks and '.repeat(12)}more.`,
    ];
    const { search, embedder } = smallIndex({ alike, named });
    const q = 'who is the minister popolizio';
    const pool = await retrieve(search, q, embedder.vector(q), { ...DEFAULT_RETRIEVAL, k: 10, perArticleCap: 40, mmrLambda: 1 });
    expect(pool.map((r) => r.passage.id)).toContain('named#2');
    const short = await retrieve(search, q, embedder.vector(q), { ...DEFAULT_RETRIEVAL, k: 5, perArticleCap: 40, mmrLambda: 1 });
    expect(short).toHaveLength(5);
  });

  it('works without a query vector in lexical mode', async () => {
    const { search } = smallIndex(corpus);
    expect((await retrieve(search, 'Santiago', null, { ...DEFAULT_RETRIEVAL, mode: 'bm25' }))[0]!.passage.id).toBe('chile#0');
  });
});

describe('idfOf', () => {
  it('weighs rare and unseen terms above common ones', async () => {
    const { search } = smallIndex(corpus);
    const idf = idfOf(search.lexical);
    expect(idf('santiago')).toBeGreaterThan(idf('venezuela'));
    expect(idf('fifa')).toBeGreaterThanOrEqual(idf('santiago'));
  });
});
