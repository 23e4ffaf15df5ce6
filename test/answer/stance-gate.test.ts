import { describe, expect, it } from 'vitest';
import type { HeadPassage } from '../../src/answer/gates.js';
import { holderApart } from '../../src/answer/stance-gate.js';
import type { QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import { keyTerm } from '../support/key-terms.js';
import { passageSupport } from '../support/passage-support.js';

const reading = (searchText: string, ...names: string[]): QuestionAnalysis => ({
  searchText,
  corrections: [],
  terms: names.map((text, at) => keyTerm(text, { entity: true, at })),
  answerType: 'any',
  answerTypes: [],
  related: [],
});
const carrying = (...carried: boolean[]): HeadPassage => ({ text: '', support: passageSupport({ carried }) });

describe('holderApart', () => {
  const asked = reading('whats mexicos position on the lima group', 'mexico', 'lima');

  it('finds a stance asked of someone no passage names with what it is on', () => {
    expect(holderApart(asked, [carrying(false, true), carrying(true, false)])).toBe(true);
    expect(holderApart(asked, [carrying(false, true), carrying(true, true)])).toBe(false);
  });

  it('asks only that they are named when the question names nothing else', () => {
    const role = reading("what's chile's role in all this", 'chile');
    expect(holderApart(role, [carrying(false)])).toBe(true);
    expect(holderApart(role, [carrying(true)])).toBe(false);
  });

  it('leaves a stance asked of nobody alone', () => {
    expect(holderApart(reading('what is the policy on migrants', 'migrants'), [carrying(false)])).toBe(false);
  });
});
