import { describe, expect, it } from 'vitest';
import { capPerGroup, mmr, type MmrCandidate } from '../../src/retrieval/diversify.js';

// Five strong passages from article A, then weaker ones from B and C.
const candidates: MmrCandidate[] = [
  { id: 'A#1', score: 0.9, group: 'A' },
  { id: 'A#2', score: 0.89, group: 'A' },
  { id: 'A#3', score: 0.88, group: 'A' },
  { id: 'A#4', score: 0.87, group: 'A' },
  { id: 'B#1', score: 0.7, group: 'B' },
  { id: 'C#1', score: 0.6, group: 'C' },
];
const ids = (items: { id: string }[]) => items.map((c) => c.id);

describe('mmr', () => {
  it('returns pure relevance order when lambda is 1', () => {
    expect(ids(mmr(candidates, { k: 4, lambda: 1 }))).toEqual(['A#1', 'A#2', 'A#3', 'A#4']);
  });

  it('spreads across groups when lambda is lower', () => {
    expect(ids(mmr(candidates, { k: 3, lambda: 0.5 }))).toEqual(['A#1', 'B#1', 'C#1']);
  });

  it('uses cosine of vectors when present', () => {
    const v = (...xs: number[]) => Float32Array.from(xs);
    const withVectors: MmrCandidate[] = [
      { id: 'p', score: 1, group: 'A', vector: v(1, 0) },
      { id: 'near-dup', score: 0.95, group: 'B', vector: v(0.99, 0.14) },
      { id: 'other', score: 0.8, group: 'A', vector: v(0, 1) },
    ];
    expect(ids(mmr(withVectors, { k: 2, lambda: 1 }))).toEqual(['p', 'near-dup']);
    expect(ids(mmr(withVectors, { k: 2, lambda: 0.5 }))).toEqual(['p', 'other']);
  });

  it('enforces the per-group cap', () => {
    const picked = mmr(candidates, { k: 5, lambda: 1, perGroupCap: 2 });
    expect(ids(picked)).toEqual(['A#1', 'A#2', 'B#1', 'C#1']);
  });

  it('breaks ties by id', () => {
    const tied: MmrCandidate[] = [
      { id: 'b', score: 1, group: 'X' },
      { id: 'a', score: 1, group: 'Y' },
    ];
    expect(ids(mmr(tied, { k: 2, lambda: 1 }))).toEqual(['a', 'b']);
  });

  it('handles no candidates and k larger than the pool', () => {
    expect(mmr([], { k: 3, lambda: 0.7 })).toEqual([]);
    expect(mmr(candidates, { k: 99, lambda: 0.7 })).toHaveLength(candidates.length);
  });
});

describe('capPerGroup', () => {
  it('keeps at most N items per group, in order', () => {
    expect(ids(capPerGroup(candidates, 1))).toEqual(['A#1', 'B#1', 'C#1']);
    expect(ids(capPerGroup(candidates, 3))).toEqual(['A#1', 'A#2', 'A#3', 'B#1', 'C#1']);
  });

  it('keeps nothing when the cap is 0', () => {
    expect(capPerGroup(candidates, 0)).toEqual([]);
  });
});
