import { describe, expect, it } from 'vitest';
import { failsAny, runChecks, type CheckInput } from '../../src/answer/checks.js';
import type { HeadPassage } from '../../src/answer/gates.js';
import type { QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import { keyTerm } from '../support/key-terms.js';

const reading = (searchText: string, ...terms: string[]): QuestionAnalysis => ({
  searchText,
  corrections: [],
  terms: terms.map((t) => keyTerm(t)),
  answerType: 'any',
  answerTypes: [],
  related: [],
});
const passage = (text: string): HeadPassage => ({
  text,
  support: {
    carried: [true],
    share: 1,
    entityShare: 0,
    typed: true,
    contentShare: 1,
    sentenceShare: 1,
    opensWithName: false,
    sentenceContent: 1,
  },
});
const input = (r: QuestionAnalysis, followsUp = false): CheckInput => {
  const head = [passage('The summit opened on Monday.')];
  return { reading: r, head, pool: head, post: null, followsUp };
};

describe('runChecks', () => {
  it('finds nothing wrong when the best passages can answer', () => {
    const checks = runChecks(input(reading('what did the summit discuss', 'summit', 'discuss')));
    expect(failsAny(checks)).toBe(false);
  });

  it('finds a question naming nothing vague only when it follows no earlier question', () => {
    expect(runChecks(input(reading('what happened', 'happened'))).vague).toBe(true);
    expect(failsAny(runChecks(input(reading('what happened', 'happened'), true)))).toBe(false);
  });
});
