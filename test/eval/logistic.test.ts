import { describe, expect, it } from 'vitest';
import { fitLogistic, thresholdForRecall } from '../../src/eval/logistic.js';

describe('fitLogistic', () => {
  it('puts weight on the feature that separates the classes', () => {
    const samples = Array.from({ length: 20 }, (_, i) => ({ x: [i % 2, (i * 7) % 5], y: i % 2 === 1 }));
    const { w } = fitLogistic(samples);
    expect(w[0]).toBeGreaterThan(1);
    expect(Math.abs(w[1]!)).toBeLessThan(w[0]!);
  });

  it('needs both classes', () => {
    expect(() => fitLogistic([{ x: [1], y: true }])).toThrow(/both/);
  });
});

describe('thresholdForRecall', () => {
  it('keeps the required share of positives and refuses what lies below them', () => {
    const scored = [0.9, 0.8, 0.7, 0.6].map((score) => ({ score, y: true })).concat([0.65, 0.3].map((score) => ({ score, y: false })));
    expect(thresholdForRecall(scored, 1)).toBeCloseTo(0.45);
    expect(thresholdForRecall(scored, 0.75)).toBeCloseTo(0.675);
  });
});
