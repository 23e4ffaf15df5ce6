import { describe, expect, it } from 'vitest';
import { matchPassages, planGraph } from '../../src/index/graph-plan.js';

/**
 * Plans the next build of `next` over a previous build of `before` whose passage i sits in slot
 * 100 + i (slots differ from positions after incremental builds), with `elements` graph elements.
 */
const planFor = (before: string[], next: string[], elements = before.length, inserted = 0) =>
  planGraph(
    { slots: before.map((_, i) => 100 + i), elements, inserted },
    matchPassages(
      before.map((text) => ({ text })),
      next,
    ),
  );

const texts = (n: number, prefix = 'p') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('planGraph', () => {
  it('gives each unchanged passage its previous slot, duplicates included, and null to new text', () => {
    const before = ['a', 'b', 'a', ...texts(20)];
    const next = ['a', 'new', 'a', 'a', 'b', ...texts(20)];
    expect(
      matchPassages(
        before.map((text) => ({ text })),
        next,
      ).slice(0, 5),
    ).toEqual([2, null, 0, null, 1]);
    const planned = planFor(before, next);
    expect(planned.kind).toBe('extend');
    if (planned.kind !== 'extend') return;
    expect(planned.reuse.slice(0, 5)).toEqual([102, null, 100, null, 101]);
    expect(planned.reuse.slice(5)).toEqual(texts(20).map((_, i) => i + 103));
  });

  it('extends the graph after a small edit, counting the elements left deleted and the vectors inserted', () => {
    const before = texts(100);
    const plan = planFor(before, [...before.slice(0, 95), 'x', 'y'], 100, 10);
    expect(plan).toMatchObject({ kind: 'extend', deleted: 3, inserted: 12 });
  });

  it('rebuilds once deleted elements would pass a fifth of the graph (a corpus that shrank)', () => {
    const before = texts(100);
    expect(planFor(before, before.slice(0, 80)).kind).toBe('extend');
    expect(planFor(before, before.slice(0, 79))).toMatchObject({ kind: 'rebuild', reason: expect.stringMatching(/21 of 100/) });
  });

  it('rebuilds once more than half the live vectors were inserted since the last full build', () => {
    const before = texts(100);
    const next = [...before.slice(0, 60), ...texts(40, 'n')];
    expect(planFor(before, next, 100, 10).kind).toBe('extend');
    expect(planFor(before, next, 100, 11)).toMatchObject({ kind: 'rebuild', reason: expect.stringMatching(/51 of 100/) });
  });
});
