import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion, weightedScoreFusion, type Ranked } from '../../src/retrieval/fusion.js';

const list = (...ids: string[]): Ranked[] => ids.map((id, i) => ({ id, score: ids.length - i }));

describe('reciprocalRankFusion', () => {
  it('puts an item ranked high in both lists above items ranked first in only one', () => {
    const fused = reciprocalRankFusion([list('a', 'both', 'c'), list('d', 'both', 'e')]);
    expect(fused[0].id).toBe('both');
    expect(fused[0].ranks).toEqual([2, 2]);
    expect(fused[0].score).toBeCloseTo(2 / 62, 12);
  });

  it('records null ranks for lists that lack the item', () => {
    const fused = reciprocalRankFusion([list('a'), list('b')]);
    expect(fused.find((f) => f.id === 'a')?.ranks).toEqual([1, null]);
    expect(fused.find((f) => f.id === 'b')?.ranks).toEqual([null, 1]);
  });

  it('lets weights shift the order toward the heavier list', () => {
    const lists = [list('dense1', 'dense2'), list('bm1', 'bm2')];
    expect(reciprocalRankFusion(lists, { weights: [2, 1] })[0].id).toBe('dense1');
    expect(reciprocalRankFusion(lists, { weights: [1, 2] })[0].id).toBe('bm1');
  });

  it('breaks ties by id, whatever the input order', () => {
    expect(reciprocalRankFusion([list('b'), list('a')]).map((f) => f.id)).toEqual(['a', 'b']);
    expect(reciprocalRankFusion([list('a'), list('b')]).map((f) => f.id)).toEqual(['a', 'b']);
  });

  it('keeps only the first position of an id repeated in one list', () => {
    const fused = reciprocalRankFusion([list('a', 'b', 'a')]);
    expect(fused.find((f) => f.id === 'a')?.score).toBeCloseTo(1 / 61, 12);
  });

  it('rejects a weights array of the wrong length', () => {
    expect(() => reciprocalRankFusion([list('a')], { weights: [1, 2] })).toThrow(RangeError);
  });
});

describe('weightedScoreFusion', () => {
  it('normalises each list so scales do not matter', () => {
    const cosine = [
      { id: 'x', score: 0.61 },
      { id: 'y', score: 0.6 },
    ];
    const bm25 = [
      { id: 'y', score: 40 },
      { id: 'x', score: 10 },
    ];
    const fused = weightedScoreFusion([cosine, bm25], [1, 1]);
    expect(fused.map((f) => [f.id, f.score])).toEqual([
      ['x', 1],
      ['y', 1],
    ]);
  });

  it('lets weights shift the order', () => {
    const lists = [list('d1', 'd2'), list('b1', 'b2')];
    expect(weightedScoreFusion(lists, [2, 1])[0].id).toBe('d1');
    expect(weightedScoreFusion(lists, [1, 2])[0].id).toBe('b1');
  });

  it('ranks an item present in both lists above one present in only one', () => {
    const fused = weightedScoreFusion([list('a', 'both', 'c', 'd', 'e'), list('f', 'both', 'g', 'h', 'i')]);
    expect(fused[0].id).toBe('both');
    expect(fused[0].score).toBeCloseTo(1.5, 12);
  });

  it('gives every item of a constant-score list full credit', () => {
    const fused = weightedScoreFusion([
      [
        { id: 'a', score: 3 },
        { id: 'b', score: 3 },
      ],
    ]);
    expect(fused.map((f) => f.score)).toEqual([1, 1]);
  });
});
