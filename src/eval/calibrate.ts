import { ABSTAIN_FEATURES, answerability, type AbstainFeatures, type AbstainModel } from '../retrieval/abstain.js';
import { RANK_FEATURES, type RankerModel } from '../retrieval/rerank.js';
import { fitLogistic, thresholdForRecall } from './logistic.js';

/** A labelled question for abstention. */
export interface CalibrationSample {
  features: AbstainFeatures;
  answerable: boolean;
}

/**
 * Fits the abstention rule: a class-balanced logistic regression over the abstention
 * features, then the threshold that refuses the most unanswerable questions while answering
 * at least `minRecall` of the answerable ones (default 0.97: at most 3 % refused).
 */
export function fitAbstainModel(samples: readonly CalibrationSample[], fittedOn: string, minRecall = 0.97): AbstainModel {
  const { w } = fitLogistic(samples.map((s) => ({ x: ABSTAIN_FEATURES.map((f) => s.features[f]), y: s.answerable })));
  const weights = Object.fromEntries(ABSTAIN_FEATURES.map((f, i) => [f, w[i]!])) as AbstainModel['weights'];
  const scored = samples.map((s) => ({ score: answerability(s.features, { weights, threshold: 0, fittedOn }), y: s.answerable }));
  return { weights, threshold: thresholdForRecall(scored, minRecall), fittedOn };
}

/** One candidate passage of a tuning question: its rank features and whether it holds the evidence. */
export interface RankSample {
  features: readonly number[];
  relevant: boolean;
  /** The question it belongs to; each question weighs the same however many candidates it has. */
  question: string;
}

/**
 * Fits the passage ranker listwise: per question, a softmax over its candidates' scores, and
 * gradient descent on the log-probability of its relevant candidates (ListNet, top-one). This
 * optimises what a reader feels, the relevant passage above the others of the same question,
 * rather than a pointwise score. Questions with no relevant candidate teach nothing and are
 * skipped; a small L2 penalty keeps the weights finite. Pure and deterministic.
 */
export function fitRanker(samples: readonly RankSample[], fittedOn: string, steps = 3000, rate = 0.5): RankerModel {
  const byQuestion = new Map<string, RankSample[]>();
  for (const s of samples) byQuestion.set(s.question, [...(byQuestion.get(s.question) ?? []), s]);
  const lists = [...byQuestion.values()].filter((list) => list.some((s) => s.relevant) && list.some((s) => !s.relevant));
  if (lists.length === 0) throw new Error('fitting the ranker needs questions with both relevant and other candidates');
  const dims = RANK_FEATURES.length;
  const w = new Array<number>(dims).fill(0);
  for (let step = 0; step < steps; step++) {
    const g = new Array<number>(dims).fill(0);
    for (const list of lists) {
      const scores = list.map((s) => s.features.reduce((sum, v, i) => sum + v * w[i]!, 0));
      const max = Math.max(...scores);
      const exp = scores.map((z) => Math.exp(z - max));
      const total = exp.reduce((a, b) => a + b, 0);
      const relevant = list.filter((s) => s.relevant).length;
      list.forEach((s, j) => {
        // d(-log Σ_rel p)/dz_j ≈ p_j − target_j, with the target spread evenly over the relevant ones.
        const error = exp[j]! / total - (s.relevant ? 1 / relevant : 0);
        for (let i = 0; i < dims; i++) g[i]! += (error * s.features[i]!) / lists.length;
      });
    }
    for (let i = 0; i < dims; i++) w[i]! -= rate * (g[i]! + 1e-3 * w[i]!);
  }
  return { weights: Object.fromEntries(RANK_FEATURES.map((f, i) => [f, w[i]!])) as RankerModel['weights'], fittedOn };
}
