import type { HeadPassage } from '../../src/answer/gates.js';
import type { QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import { tokenize } from '../../src/text/tokenize.js';
import { keyTerm } from './key-terms.js';
import { passageSupport } from './passage-support.js';

/** A question as read, with no key terms, asking for `answerType`: for the gates' tests. */
export const readingOf = (searchText: string, answerType: QuestionAnalysis['answerType'] = 'any'): QuestionAnalysis => ({
  searchText,
  corrections: [],
  terms: [],
  answerType,
  answerTypes: answerType === 'any' ? [] : [answerType],
  related: [],
});

/** One of the best passages, carrying `share` of the question and `entityShare` of its names, with the kind of fact asked for when `typed`. */
export const headPassage = (text: string, share: number, entityShare: number, typed: boolean): HeadPassage => ({
  text,
  support: passageSupport({ share, entityShare, typed }),
});

/** A question as read, its key terms the names given (each carried by its own words). */
export const namedReading = (searchText: string, ...names: string[]): QuestionAnalysis => ({
  ...readingOf(searchText),
  terms: names.map((n) => keyTerm(n, { entity: true, alternatives: [tokenize(n)] })),
});
