import { describe, expect, it } from 'vitest';
import {
  bruteForceTopK,
  deriveVectors,
  dot,
  gaussian,
  mulberry32,
  normalizeInPlace,
  packRows,
  recallAtK,
} from '../../src/bench/vectors.js';

const unit = (...xs: number[]) => normalizeInPlace(Float32Array.from(xs));

describe('random sources', () => {
  it('are reproducible from a seed and roughly standard normal', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    const normal = gaussian(mulberry32(1));
    const xs = Array.from({ length: 20000 }, normal);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(variance).toBeGreaterThan(0.95);
    expect(variance).toBeLessThan(1.05);
  });
});

describe('deriveVectors', () => {
  it('keeps the real vectors first and samples unit vectors near them', () => {
    const uniform = mulberry32(3);
    const pool = Array.from({ length: 4 }, () => normalizeInPlace(Float32Array.from({ length: 256 }, () => uniform() - 0.5)));
    const out = deriveVectors(pool, 50, 0.5, 9, { shape: 'isotropic' });
    expect(out).toHaveLength(50);
    expect(out.slice(0, 4)).toEqual(pool);
    for (const v of out.slice(4)) {
      expect(dot(v, v)).toBeCloseTo(1, 5);
      const nearest = Math.max(...pool.map((p) => dot(p, v)));
      // cos ≈ 1/√(1+0.25) ≈ 0.894 for noise of norm 0.5
      expect(nearest).toBeGreaterThan(0.8);
      expect(nearest).toBeLessThan(0.97);
    }
    expect(deriveVectors(pool, 50, 0.5, 9, { shape: 'isotropic' })).toEqual(out);
    expect(() => deriveVectors([], 3, 0.5)).toThrow();
  });
});

describe('deriveVectors with data-shaped noise', () => {
  it('moves derived vectors only within the span of the pool', () => {
    // A pool inside the first 3 of 64 dimensions: derived vectors must stay there.
    const uniform = mulberry32(5);
    const pool = Array.from({ length: 20 }, () => {
      const v = new Float32Array(64);
      for (let j = 0; j < 3; j++) v[j] = uniform() - 0.5;
      return normalizeInPlace(v);
    });
    const out = deriveVectors(pool, 200, 0.5, 2);
    for (const v of out.slice(20)) {
      expect(dot(v, v)).toBeCloseTo(1, 5);
      expect(Math.max(...Array.from(v.slice(3)).map(Math.abs))).toBe(0);
    }
    const cosToNearest = out.slice(20).map((v) => Math.max(...pool.map((p) => dot(p, v))));
    const mean = cosToNearest.reduce((s, c) => s + c, 0) / cosToNearest.length;
    expect(mean).toBeGreaterThan(0.8);
  });
});

describe('bruteForceTopK and recallAtK', () => {
  const rows = [unit(1, 0), unit(0, 1), unit(1, 1), unit(-1, 0), unit(1, 0.1)];
  const flat = packRows(rows);

  it('ranks rows by inner product, best first', () => {
    expect(bruteForceTopK(flat, 2, unit(1, 0), 3)).toEqual([0, 4, 2]);
    expect(bruteForceTopK(flat, 2, unit(0, 1), 2)).toEqual([1, 2]);
    expect(bruteForceTopK(flat, 2, unit(1, 0), 10)).toEqual([0, 4, 2, 1, 3]);
    expect(bruteForceTopK(flat, 2, unit(1, 0), 0)).toEqual([]);
  });

  it('breaks ties by the smaller label', () => {
    const tied = packRows([unit(1, 0), unit(0, 1), unit(1, 0)]);
    expect(bruteForceTopK(tied, 2, unit(1, 0), 2)).toEqual([0, 2]);
  });

  it('matches a sort on random data', () => {
    const uniform = mulberry32(11);
    const vs = Array.from({ length: 300 }, () => normalizeInPlace(Float32Array.from({ length: 16 }, () => uniform() - 0.5)));
    const q = vs[5]!;
    const expected = vs
      .map((v, i) => ({ i, s: dot(v, q) }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .slice(0, 10)
      .map((x) => x.i);
    expect(bruteForceTopK(packRows(vs), 16, q, 10)).toEqual(expected);
  });

  it('computes recall over the first k of each list', () => {
    expect(recallAtK([1, 2, 3, 4], [4, 3, 9, 1], 4)).toBe(0.75);
    expect(recallAtK([1, 2, 3, 4], [1, 2, 9, 9, 3], 4)).toBe(0.5);
    expect(recallAtK([1, 2], [2, 1], 2)).toBe(1);
    expect(recallAtK([], [1], 10)).toBe(1);
  });
});
