import { tokenize } from '../text/tokenize.js';

/** What abstention looks at: how close the best passages come to the question. */
export interface AbstainFeatures {
  /** Highest cosine similarity between the question and a retrieved passage (0 without vectors). */
  topDense: number;
  /**
   * Share of the question's idf weight that the best passages contain, in [0, 1]: a question
   * about "Japan" or "FIFA" scores low in a corpus that never names them.
   */
  coverage: number;
}

/** A linear rule over the features, fitted on labelled questions by `npm run calibrate`. */
export interface AbstainModel {
  denseWeight: number;
  coverageWeight: number;
  threshold: number;
  /** Where the numbers came from (data set, date), for the record. */
  fittedOn: string;
}

/**
 * Computes the features from the question and the texts of the top passages.
 * `idf` gives unseen terms the highest weight, so words the corpus never uses count fully against it.
 */
export function abstainFeatures(question: string, passages: readonly string[], topDense: number, idf: (term: string) => number): AbstainFeatures {
  const terms = [...new Set(tokenize(question))];
  const total = terms.reduce((sum, t) => sum + idf(t), 0);
  if (total === 0) return { topDense, coverage: 0 };
  const seen = new Set(passages.flatMap((p) => tokenize(p)));
  const covered = terms.filter((t) => seen.has(t)).reduce((sum, t) => sum + idf(t), 0);
  return { topDense, coverage: covered / total };
}

/** The model's score; the question is answerable when it reaches the threshold. */
export function answerability(features: AbstainFeatures, model: AbstainModel): number {
  return model.denseWeight * features.topDense + model.coverageWeight * features.coverage;
}

export function isAnswerable(features: AbstainFeatures, model: AbstainModel): boolean {
  return answerability(features, model) >= model.threshold;
}
