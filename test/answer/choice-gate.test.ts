import { describe, expect, it } from 'vitest';
import { askedChoice, choiceUnsaid } from '../../src/answer/choice-gate.js';
import type { HeadPassage } from '../../src/answer/gates.js';
import type { QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import { tokenize } from '../../src/text/tokenize.js';
import { keyTerm } from '../support/key-terms.js';
import { readingOf } from '../support/gate-inputs.js';
import { passageSupport } from '../support/passage-support.js';

const davies = keyTerm('Quentin Davies', { entity: true, alternatives: [tokenize('quentin davies')], words: { first: 1, last: 2 } });
const question = (searchText: string): QuestionAnalysis => ({ ...readingOf(searchText), terms: [davies] });
const passage = (text: string, carried: boolean[]): HeadPassage => ({ text, support: passageSupport({ carried }) });

describe('askedChoice', () => {
  it('reads the two words a yes-or-no or which question joins by "or"', () => {
    expect(askedChoice(question('is quentin davies a tory or labour mp'))?.map((o) => o.word)).toEqual(['tory', 'labour']);
    expect(askedChoice(question('which is bigger, tesco or asda'))?.map((o) => o.word)).toEqual(['tesco', 'asda']);
  });

  it('reads no choice in "or what" / "or not", nor in a question asking what or who', () => {
    expect(askedChoice(question('was there a coup attempt in april or what'))).toBeNull();
    expect(askedChoice(question('did he resign or not'))).toBeNull();
    expect(askedChoice(question('who backed peru or chile'))).toBeNull();
  });
});

describe('choiceUnsaid', () => {
  const q = question('is quentin davies a tory or labour mp');

  it('finds that no passage naming the subject says either of the two', () => {
    const mugged = passage('Quentin Davies, the MP for Grantham, was mugged in Nairobi.', [true]);
    const other = passage('Labour and the Tories plan cuts.', [false]);
    expect(choiceUnsaid(q, [mugged, other])).toEqual({ options: ['tory', 'labour'], names: [davies] });
  });

  it('is lifted by a passage naming the subject with one of the two', () => {
    const tory = passage('Tory MP Quentin Davies was mugged in Nairobi.', [true]);
    expect(choiceUnsaid(q, [passage('Quentin Davies was mugged.', [true]), tory])).toBeNull();
    expect(choiceUnsaid(readingOf('is it a tory or labour seat'), [tory])).toBeNull();
  });
});
