import { describe, expect, it } from 'vitest';
import { fmt, fmtSpread, quantile, ratio, roundTo, summarize } from '../../src/bench/stats.js';

describe('quantile', () => {
  it('interpolates linearly between ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.1)).toBeCloseTo(14);
    expect(quantile([10, 20, 30, 40, 50], 0.9)).toBeCloseTo(46);
  });
  it('handles the ends, one sample and no sample', () => {
    expect(quantile([3, 5], 0)).toBe(3);
    expect(quantile([3, 5], 1)).toBe(5);
    expect(quantile([7], 0.37)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('summarize', () => {
  it('sorts and ignores non-finite samples', () => {
    const s = summarize([5, 1, Number.NaN, 3, 2, 4]);
    expect(s).toMatchObject({ n: 5, median: 3, min: 1, max: 5, mean: 3 });
    expect(s.p10).toBeCloseTo(1.4);
    expect(s.p90).toBeCloseTo(4.6);
  });
  it('gives NaN for an empty set', () => {
    const s = summarize([]);
    expect(s.n).toBe(0);
    expect(s.median).toBeNaN();
    expect(s.mean).toBeNaN();
  });
});

describe('ratio and formatting', () => {
  it('guards against division by zero', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 2)).toBeNaN();
  });
  it('rounds to significant digits', () => {
    expect(roundTo(1234.5, 3)).toBe(1230);
    expect(roundTo(0.012345, 3)).toBe(0.0123);
    expect(roundTo(0, 3)).toBe(0);
  });
  it('formats numbers and spreads for tables', () => {
    expect(fmt(12345.6)).toBe('12,300');
    expect(fmt(0.98765)).toBe('0.988');
    expect(fmt(null)).toBe('–');
    expect(fmt(Number.NaN)).toBe('–');
    expect(fmtSpread(summarize([1, 2, 3]))).toBe('2 (1.2–2.8)');
    expect(fmtSpread(summarize([0.004]), 1000)).toBe('4 (n=1)');
    expect(fmtSpread(summarize([]))).toBe('–');
  });
});
