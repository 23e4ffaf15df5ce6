import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HnswVectorStore } from '../../src/index/vector-store.js';
import { tempDir } from '../support/temp.js';

const DIMS = 24;
const SETTINGS = { m: 16, efConstruction: 100, efSearch: 64 };

/** Deterministic unit vectors (a linear congruential generator), so the test is the same on every run. */
function randomVectors(n: number, seed: number): Float32Array[] {
  let state = seed;
  const next = () => ((state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32) * 2 - 1;
  return Array.from({ length: n }, () => {
    const v = Float32Array.from({ length: DIMS }, next);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

/** Mean share of the exact top 10 (by cosine, brute force) that the store returns. */
function recallAt10(store: HnswVectorStore, vectors: readonly Float32Array[], queries: readonly Float32Array[]): number {
  let found = 0;
  for (const q of queries) {
    const exact = new Set(
      vectors
        .map((v, i) => [i, dot(q, v)] as const)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([i]) => i),
    );
    found += store.search(q, 10).filter((h) => exact.has(h.label)).length;
  }
  return found / (queries.length * 10);
}

describe('HnswVectorStore', () => {
  it('extends a graph with removals and additions to the recall of a fresh build, never returning a removed vector', () => {
    const first = randomVectors(1500, 1);
    const added = randomVectors(300, 2);
    const queries = randomVectors(60, 3);
    // The next build drops every fifth vector and appends new ones, in a new order.
    const keptPositions = first.map((_, i) => i).filter((i) => i % 5 !== 0);
    const next = [...added.slice(0, 150), ...keptPositions.map((i) => first[i]!), ...added.slice(150)];
    const reuse = [...added.slice(0, 150).map(() => null), ...keptPositions, ...added.slice(150).map(() => null)];

    const extended = HnswVectorStore.build(first, DIMS, SETTINGS).extend(next, reuse);
    const fresh = HnswVectorStore.build(next, DIMS, SETTINGS);
    expect(extended.size).toBe(next.length);
    expect(extended.inserted).toBe(300);
    const recall = recallAt10(extended, next, queries);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(recallAt10(fresh, next, queries) - 0.02);

    // Every hit maps to a live position whose vector is the one that was searched for.
    for (const v of next.slice(140, 170)) {
      const [top] = extended.search(v, 1);
      expect(top!.score).toBeCloseTo(1, 5);
      expect(extended.vector(top!.label)).toEqual(v);
    }
    // A removed vector, searched for exactly, is never among the hits.
    for (const i of [0, 5, 500, 1495]) {
      for (const hit of extended.search(first[i]!, 20)) expect(dot(next[hit.label]!, first[i]!)).toBeLessThan(0.9999);
    }
  });

  it('keeps slots and deleted elements across save and load, and reuses deleted elements for new vectors', () => {
    const dir = tempDir();
    const first = randomVectors(200, 4);
    const store = HnswVectorStore.build(first, DIMS, SETTINGS).extend(
      first.slice(0, 150),
      first.slice(0, 150).map((_, i) => i),
    );
    expect(store.elements).toBe(200);
    const [graph, packed] = [path.join(dir, 'g.hnsw'), path.join(dir, 'g.f32')];
    store.save(graph, packed);
    const loaded = HnswVectorStore.load(graph, packed, DIMS, SETTINGS, { slots: [...store.slots], inserted: store.inserted });
    expect(loaded.size).toBe(150);
    for (const hit of loaded.search(first[180]!, 10)) expect(hit.label).toBeLessThan(150);
    // 30 new vectors fill 30 of the 50 deleted elements: the graph does not grow.
    const more = randomVectors(30, 5);
    const grown = loaded.extend([...first.slice(0, 150), ...more], [...first.slice(0, 150).map((_, i) => i), ...more.map(() => null)]);
    expect(grown.elements).toBe(200);
    expect(new Set(grown.slots).size).toBe(180);
    expect(grown.search(more[7]!, 1)[0]!.label).toBe(157);
  });
});
