import { describe, expect, it } from 'vitest';
import { addedShare } from '../../src/answer/other-part.js';
import type { QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import { keyTerm } from '../support/key-terms.js';

const reading = (terms: QuestionAnalysis['terms']): QuestionAnalysis => ({
  searchText: '',
  corrections: [],
  terms,
  answerType: 'any',
  answerTypes: ['any'],
  related: [],
});
// "what was stolen from ozzy and is there a reward": a name, a rare word and a common one.
const idf = (t: string) => ({ ozzi: 8, reward: 5, got: 1 })[t] ?? 3;
const terms = [keyTerm('ozzi', { entity: true }), keyTerm('reward'), keyTerm('got')];

describe('addedShare', () => {
  it('is the weighted share of the key terms a sentence carries that the quote so far lacks', () => {
    const adds = addedShare(reading(terms), idf);
    // ozzi weighs 3 × 8, reward 1 × 5, got 1 × 1.
    expect(adds('Ozzi chased the burglar.', 'A reward was offered.')).toBeCloseTo(5 / 30);
    expect(adds('Ozzi chased the burglar.', 'Ozzi got away.')).toBeCloseTo(1 / 30);
  });

  it('counts nothing the quote already carries', () => {
    expect(addedShare(reading(terms), idf)('A reward for Ozzi.', 'Ozzi offered a reward.')).toBe(0);
  });

  it('weighs nothing the corpus lacks, so a missing word does not shrink what a sentence adds', () => {
    const absent = keyTerm('nicked', { inCorpus: false });
    const adds = addedShare(reading([...terms, absent]), idf);
    expect(adds('Ozzi chased the burglar.', 'A reward was offered.')).toBeCloseTo(5 / 30);
  });

  it('stays a share in [0, 1] when a term has an empty form, never infinitely rare', () => {
    const hollow = keyTerm('reward', { alternatives: [[], ['reward']] });
    const share = addedShare(reading([terms[0]!, hollow, terms[2]!]), idf)('Ozzi chased the burglar.', 'Ozzi got away.');
    expect(Number.isFinite(share)).toBe(true);
    expect(share).toBeCloseTo(1 / 30);
  });

  it('gives 0 to a question with no key terms', () => {
    expect(addedShare(reading([]), idf)('Anything.', 'Anything else.')).toBe(0);
  });

  it('takes a sentence giving a measure the question asks for, when the quote so far gives none', () => {
    const asked = { ...reading([keyTerm('cantona', { entity: true }), keyTerm('banned')]), searchText: 'how long was cantona banned' };
    const adds = addedShare(asked, idf);
    expect(adds("Cantona's infamous kick on a fan.", 'Cantona received a nine-month ban.')).toBe(1);
    // Once the quote gives one, a sentence counts only by the words it adds.
    expect(adds('Cantona was banned for nine months.', 'A ban of two years loomed.')).toBe(0);
  });
});
