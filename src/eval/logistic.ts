/** A labelled feature vector. */
export interface LabelledVector {
  x: readonly number[];
  y: boolean;
  /** Relative weight of this sample (default 1). */
  weight?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Class-balanced logistic regression by full-batch gradient descent with a small L2 penalty
 * (keeps weights finite when the classes separate). Returns the weights and the bias. Pure and
 * deterministic: the same samples always give the same model.
 */
export function fitLogistic(samples: readonly LabelledVector[], options: { steps?: number; rate?: number; l2?: number } = {}): { w: number[]; b: number } {
  const positives = samples.filter((s) => s.y).reduce((n, s) => n + (s.weight ?? 1), 0);
  const negatives = samples.filter((s) => !s.y).reduce((n, s) => n + (s.weight ?? 1), 0);
  if (positives === 0 || negatives === 0) throw new Error('fitting needs both positive and negative samples');
  const dims = samples[0]!.x.length;
  const w = new Array<number>(dims).fill(0);
  let b = 0;
  const { steps = 6000, rate = 2, l2 = 1e-3 } = options;
  for (let step = 0; step < steps; step++) {
    const g = new Array<number>(dims).fill(0);
    let gb = 0;
    for (const s of samples) {
      const z = s.x.reduce((sum, v, i) => sum + v * w[i]!, b);
      const error = (sigmoid(z) - (s.y ? 1 : 0)) * (s.weight ?? 1) * (s.y ? 0.5 / positives : 0.5 / negatives);
      for (let i = 0; i < dims; i++) g[i]! += error * s.x[i]!;
      gb += error;
    }
    for (let i = 0; i < dims; i++) w[i]! -= rate * (g[i]! + l2 * w[i]!);
    b -= rate * gb;
  }
  return { w, b };
}

/**
 * The decision threshold on `scores` that refuses the most negatives while keeping at least
 * `minRecall` of the positives; midpoints between neighbouring scores, so the rule never sits
 * on a training point.
 */
export function thresholdForRecall(scored: readonly { score: number; y: boolean }[], minRecall: number): number {
  const positives = scored.filter((s) => s.y).map((s) => s.score).sort((a, b) => a - b);
  if (positives.length === 0) throw new Error('thresholdForRecall needs positives');
  // Allowed to lose floor((1 - minRecall) · P) positives: the threshold sits just below the next one.
  const lose = Math.floor((1 - minRecall) * positives.length + 1e-9);
  const keep = positives[lose]!;
  const below = Math.max(-Infinity, ...scored.filter((s) => s.score < keep).map((s) => s.score));
  return below === -Infinity ? keep - 1e-6 : (below + keep) / 2;
}
