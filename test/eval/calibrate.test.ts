import { describe, expect, it } from 'vitest';
import { fitAbstainModel, fitRanker, type CalibrationSample } from '../../src/eval/calibrate.js';
import { isAnswerable, type AbstainFeatures } from '../../src/retrieval/abstain.js';
import { rankScore } from '../../src/retrieval/rerank.js';

const features = (share: number, topDense: number): AbstainFeatures => ({
  bestShare: share,
  bestEntityShare: share,
  named: 1,
  unionShare: share,
  typed: 1,
  topDense,
  coverage: share,
});
const sample = (share: number, topDense: number, answerable: boolean): CalibrationSample => ({ features: features(share, topDense), answerable });

describe('fitAbstainModel', () => {
  it('separates answerable from unanswerable questions on a separable set', () => {
    const samples = [
      sample(0.9, 0.6, true), sample(0.8, 0.5, true), sample(1, 0.4, true),
      sample(0.2, 0.2, false), sample(0.3, 0.3, false), sample(0, 0.1, false), sample(0.3, 0.25, false),
    ];
    const model = fitAbstainModel(samples, 'hand-made');
    for (const s of samples) expect(isAnswerable(s.features, model)).toBe(s.answerable);
    expect(model.fittedOn).toBe('hand-made');
  });

  it('keeps the required share of answerable questions even when the classes overlap', () => {
    const positives = Array.from({ length: 40 }, (_, i) => sample(0.4 + (i % 10) * 0.06, 0.3, true));
    const negatives = Array.from({ length: 40 }, (_, i) => sample(0.3 + (i % 10) * 0.05, 0.3, false));
    const model = fitAbstainModel([...positives, ...negatives], 'overlap', 0.95);
    const kept = positives.filter((s) => isAnswerable(s.features, model)).length;
    expect(kept / positives.length).toBeGreaterThanOrEqual(0.95);
    expect(negatives.some((s) => !isAnswerable(s.features, model))).toBe(true);
  });

  it('refuses to fit without both classes', () => {
    expect(() => fitAbstainModel([sample(0.5, 0.5, true)], 'x')).toThrow(/both/);
  });
});

describe('fitRanker', () => {
  it('learns which feature marks the relevant passage, however many candidates a question has', () => {
    // Feature 3 (key-term share) marks the relevant passage; feature 0 (fused score) is noise.
    const samples = Array.from({ length: 12 }, (_, q) =>
      Array.from({ length: 2 + (q % 4) }, (_, c) => {
        const relevant = c === q % 2;
        return { question: `q${q}`, relevant, features: [((q + c) % 3) / 2, 0.5, 0.5, relevant ? 1 : 0.2, 0.5, 1, 0, 0, 0.5, 0.5, 0, 0.5] };
      }),
    ).flat();
    const model = fitRanker(samples, 'synthetic');
    expect(model.weights.share).toBeGreaterThan(Math.abs(model.weights.fused));
    const others = [0.5, 0.5, 0, 0.5];
    expect(rankScore([0, 0.5, 0.5, 1, 0.5, 1, 0, 0, ...others], model)).toBeGreaterThan(rankScore([1, 0.5, 0.5, 0.2, 0.5, 1, 0, 0, ...others], model));
  });
});
