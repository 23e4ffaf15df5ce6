import type { PassageSupport } from './support.js';
import { tokenize } from '../text/tokenize.js';

/**
 * What abstention looks at: whether the best passages carry what the question hinges on (its
 * names and rare words, in any of their forms, and the kind of fact asked for), not only how
 * similar they are in topic.
 */
export const ABSTAIN_FEATURES = ['bestShare', 'bestEntityShare', 'named', 'unionShare', 'typed', 'topDense', 'coverage'] as const;
export type AbstainFeature = (typeof ABSTAIN_FEATURES)[number];
export type AbstainFeatures = Record<AbstainFeature, number>;

/** A linear rule over the features, fitted on labelled questions by `npm run calibrate`. */
export interface AbstainModel {
  weights: Record<AbstainFeature, number>;
  threshold: number;
  /** Where the numbers came from (data set, date), for the record. */
  fittedOn: string;
}

/**
 * Computes the features from the support of the top passages (best first), their texts, the
 * best cosine similarity, and idf. `idf` gives unseen terms the highest weight.
 */
export function abstainFeatures(
  question: string,
  top: readonly { text: string; support: PassageSupport }[],
  topDense: number,
  idf: (term: string) => number,
  named: boolean,
): AbstainFeatures {
  const best = top.reduce<PassageSupport | null>((b, p) => (b === null || p.support.share > b.share ? p.support : b), null);
  const carriedAnywhere = top.length === 0 ? [] : top[0]!.support.carried.map((_, i) => top.some((p) => p.support.carried[i]));
  const union = carriedAnywhere.length === 0 ? (top.length > 0 ? 1 : 0) : carriedAnywhere.filter(Boolean).length / carriedAnywhere.length;
  return {
    bestShare: best?.share ?? 0,
    bestEntityShare: best?.entityShare ?? 0,
    // Whether the question names anything at all: a question about a named subject the passages
    // carry is answered more safely than one made of common words only.
    named: named ? 1 : 0,
    unionShare: union,
    typed: top.some((p) => p.support.typed && p.support.share >= (best?.share ?? 0) - 1e-9) ? 1 : 0,
    topDense,
    coverage: idfCoverage(
      question,
      top.map((p) => p.text),
      idf,
    ),
  };
}

/** Share of the question's idf weight that the passages contain, in [0, 1]. */
export function idfCoverage(question: string, passages: readonly string[], idf: (term: string) => number): number {
  const terms = [...new Set(tokenize(question))];
  const total = terms.reduce((sum, t) => sum + idf(t), 0);
  if (total === 0) return 0;
  const seen = new Set(passages.flatMap((p) => tokenize(p)));
  return terms.filter((t) => seen.has(t)).reduce((sum, t) => sum + idf(t), 0) / total;
}

/** The model's score; the question is answerable when it reaches the threshold. */
export function answerability(features: AbstainFeatures, model: AbstainModel): number {
  return ABSTAIN_FEATURES.reduce((sum, name) => sum + model.weights[name] * features[name], 0);
}

export function isAnswerable(features: AbstainFeatures, model: AbstainModel): boolean {
  return answerability(features, model) >= model.threshold;
}
