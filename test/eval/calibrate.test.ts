import { describe, expect, it } from 'vitest';
import { fitAbstainModel, type CalibrationSample } from '../../src/eval/calibrate.js';
import { isAnswerable } from '../../src/retrieval/abstain.js';

const sample = (topDense: number, coverage: number, answerable: boolean): CalibrationSample => ({ features: { topDense, coverage }, answerable });

describe('fitAbstainModel', () => {
  it('separates answerable from unanswerable questions on a separable set', () => {
    const samples = [
      sample(0.6, 0.9, true), sample(0.5, 0.7, true), sample(0.4, 0.8, true),
      sample(0.2, 0.1, false), sample(0.3, 0.2, false), sample(0.1, 0.0, false), sample(0.25, 0.3, false),
    ];
    const model = fitAbstainModel(samples, 'hand-made');
    for (const s of samples) expect(isAnswerable(s.features, model)).toBe(s.answerable);
    expect(model.fittedOn).toBe('hand-made');
  });

  it('weighs the classes equally, so many negatives do not swamp a few positives', () => {
    const negatives = Array.from({ length: 50 }, (_, i) => sample(0.1 + (i % 5) * 0.02, 0.1, false));
    const model = fitAbstainModel([...negatives, sample(0.5, 0.8, true), sample(0.45, 0.7, true)], 'imbalanced');
    expect(isAnswerable({ topDense: 0.5, coverage: 0.8 }, model)).toBe(true);
    expect(isAnswerable({ topDense: 0.1, coverage: 0.1 }, model)).toBe(false);
  });

  it('refuses to fit without both classes', () => {
    expect(() => fitAbstainModel([sample(0.5, 0.5, true)], 'x')).toThrow(/both/);
  });
});
