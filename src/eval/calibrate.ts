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

/** Fits the passage ranker: logistic regression over the rank features, each question weighted equally. */
export function fitRanker(samples: readonly RankSample[], fittedOn: string): RankerModel {
  const perQuestion = new Map<string, number>();
  for (const s of samples) perQuestion.set(s.question, (perQuestion.get(s.question) ?? 0) + 1);
  const { w } = fitLogistic(samples.map((s) => ({ x: s.features, y: s.relevant, weight: 1 / perQuestion.get(s.question)! })));
  return { weights: Object.fromEntries(RANK_FEATURES.map((f, i) => [f, w[i]!])) as RankerModel['weights'], fittedOn };
}
