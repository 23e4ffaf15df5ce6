import { describe, expect, it } from 'vitest';
import { planGraph } from '../../src/index/graph-plan.js';

/** A previous build of `texts` in slots 0..n-1 (as a fresh build leaves them), with `elements` graph elements. */
const previous = (texts: string[], elements = texts.length, inserted = 0) => ({
  passages: texts.map((text) => ({ text })),
  vectors: { slots: texts.map((_, i) => i), elements, inserted },
});

const texts = (n: number, prefix = 'p') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('planGraph', () => {
  it('gives each unchanged passage its previous slot, duplicates included, and null to new text', () => {
    const plan = planGraph(previous(['a', 'b', 'a', ...texts(20)]), ['a', 'new', 'a', 'a', 'b', ...texts(20)]);
    expect(plan.kind).toBe('extend');
    if (plan.kind !== 'extend') return;
    expect(plan.reuse.slice(0, 5)).toEqual([2, null, 0, null, 1]);
    expect(plan.reuse.slice(5)).toEqual(texts(20).map((_, i) => i + 3));
  });

  it('extends the graph after a small edit, counting the elements left deleted and the vectors inserted', () => {
    const before = texts(100);
    const plan = planGraph(previous(before, 100, 10), [...before.slice(0, 95), 'x', 'y']);
    expect(plan).toMatchObject({ kind: 'extend', deleted: 3, inserted: 12 });
  });

  it('rebuilds once deleted elements would pass a fifth of the graph (a corpus that shrank)', () => {
    const before = texts(100);
    expect(planGraph(previous(before), before.slice(0, 80)).kind).toBe('extend');
    expect(planGraph(previous(before), before.slice(0, 79))).toMatchObject({ kind: 'rebuild', reason: expect.stringMatching(/21 of 100/) });
  });

  it('rebuilds once more than half the live vectors were inserted since the last full build', () => {
    const before = texts(100);
    const next = [...before.slice(0, 60), ...texts(40, 'n')];
    expect(planGraph(previous(before, 100, 10), next).kind).toBe('extend');
    expect(planGraph(previous(before, 100, 11), next)).toMatchObject({ kind: 'rebuild', reason: expect.stringMatching(/51 of 100/) });
  });
});
