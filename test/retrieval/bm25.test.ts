import { describe, expect, it } from 'vitest';
import { buildBm25, type Bm25Index } from '../../src/index/lexical.js';
import { prepareBm25 } from '../../src/index/lexical-prepared.js';
import { searchBm25 } from '../../src/retrieval/bm25.js';
import { LEXICAL_DOCS } from '../support/small-index.js';

const search = (index: Bm25Index, q: string, k = 10) => searchBm25(prepareBm25(index), q, k);

describe('searchBm25', () => {
  it('ranks a doc with the rare query term above one with only a common term', () => {
    const hits = search(buildBm25(LEXICAL_DOCS), 'oil sanctions');
    expect(hits[0].id).toBe('c');
    expect(hits.map((h) => h.id)).toContain('a');
  });
  it('computes Okapi BM25 with idf = ln(1 + (N - df + 0.5) / (df + 0.5))', () => {
    const index = buildBm25([
      { id: 'x', text: 'cat cat dog' },
      { id: 'y', text: 'dog' },
    ]);
    const [hit] = search(index, 'cat');
    const { k1, b } = index;
    const idf = Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5));
    const norm = k1 * (1 - b + (b * 3) / 2);
    expect(hit.id).toBe('x');
    expect(hit.score).toBeCloseTo((idf * (2 * (k1 + 1))) / (2 + norm), 6);
  });
  it('matches through the tokenizer: accents, stems and possessives', () => {
    expect(search(buildBm25(LEXICAL_DOCS), 'Lopez visit Mexico')[0].id).toBe('e');
  });
  it('returns at most k hits, best first, ties broken by id', () => {
    const index = buildBm25([
      { id: 'z', text: 'identical words' },
      { id: 'm', text: 'identical words' },
      { id: 'q', text: 'other text' },
    ]);
    expect(search(index, 'identical', 10).map((h) => h.id)).toEqual(['m', 'z']);
    expect(search(index, 'identical', 1).map((h) => h.id)).toEqual(['m']);
    expect(search(index, 'identical', 0)).toEqual([]);
    expect(search(index, 'unknownword', 5)).toEqual([]);
  });
  it('searches an empty index', () => {
    expect(search(buildBm25([]), 'oil')).toEqual([]);
  });
});

/** Deterministic pseudo-random numbers (mulberry32), so the corpus is the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('BM25 at Reuters scale', () => {
  it('finds the one right passage among 60,000 synthetic ones', () => {
    const next = random(42);
    const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zi', 'pe', 'sa', 'do', 'fu'];
    const vocabulary = Array.from({ length: 5000 }, (_, i) =>
      [i % 12, Math.floor(i / 12) % 12, Math.floor(i / 144) % 12, Math.floor(i / 1728)].map((s) => syllables[s]).join(''),
    );
    // Skewed draws (r² favours low indices) give a few very common words and a long tail.
    const word = () => vocabulary[Math.floor(next() ** 2 * vocabulary.length)];
    const docs = Array.from({ length: 60_000 }, (_, i) => ({
      id: `art${Math.floor(i / 10)}#${i % 10}`,
      text: Array.from({ length: 40 }, word).join(' '),
    }));
    docs[41_234].text += ' Maracaibo refinery quetzal';
    docs[7].text += ' Maracaibo'; // distractors with one of the rare words each
    docs[9_999].text += ' quetzal refinery';
    const prepared = prepareBm25(buildBm25(docs));
    const hits = searchBm25(prepared, 'What happened at the Maracaibo refinery (quetzal)?', 5);
    expect(hits[0].id).toBe(docs[41_234].id);
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining([docs[7].id, docs[9_999].id]));
  });
});
