import type { AbstainFeatures, AbstainModel } from '../retrieval/abstain.js';

/** A labelled example for calibration. */
export interface CalibrationSample {
  features: AbstainFeatures;
  answerable: boolean;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Fits the abstention rule: a class-balanced logistic regression over (topDense, coverage),
 * then the decision threshold on its score that maximises balanced accuracy (ties go to the
 * lower threshold, i.e. to answering). Pure and deterministic.
 */
export function fitAbstainModel(samples: readonly CalibrationSample[], fittedOn: string): AbstainModel {
  const positives = samples.filter((s) => s.answerable).length;
  const negatives = samples.length - positives;
  if (positives === 0 || negatives === 0) throw new Error('calibration needs both answerable and unanswerable questions');
  const weightOf = (s: CalibrationSample) => (s.answerable ? 0.5 / positives : 0.5 / negatives);
  let [wd, wc, b] = [0, 0, 0];
  for (let step = 0; step < 20_000; step++) {
    let [gd, gc, gb] = [0, 0, 0];
    for (const s of samples) {
      const error = (sigmoid(wd * s.features.topDense + wc * s.features.coverage + b) - (s.answerable ? 1 : 0)) * weightOf(s);
      gd += error * s.features.topDense;
      gc += error * s.features.coverage;
      gb += error;
    }
    // Small L2 penalty keeps the weights finite when the classes separate perfectly.
    wd -= 2 * (gd + 1e-3 * wd);
    wc -= 2 * (gc + 1e-3 * wc);
    b -= 2 * gb;
  }
  const scored = samples.map((s) => ({ score: wd * s.features.topDense + wc * s.features.coverage, answerable: s.answerable }));
  const candidates = [...new Set(scored.map((s) => s.score))].sort((x, y) => x - y);
  let best = { threshold: -b, accuracy: -1 };
  for (let i = 0; i < candidates.length; i++) {
    // Midpoint between neighbouring scores, so the rule does not sit exactly on a training point.
    const threshold = i === 0 ? candidates[0]! - 1e-6 : (candidates[i - 1]! + candidates[i]!) / 2;
    const tpr = scored.filter((s) => s.answerable && s.score >= threshold).length / positives;
    const tnr = scored.filter((s) => !s.answerable && s.score < threshold).length / negatives;
    const accuracy = (tpr + tnr) / 2;
    if (accuracy > best.accuracy + 1e-12) best = { threshold, accuracy };
  }
  return { denseWeight: wd, coverageWeight: wc, threshold: best.threshold, fittedOn };
}
