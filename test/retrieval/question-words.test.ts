import { describe, expect, it } from 'vitest';
import { askedKind, isFormWord, isName, isSentence, writesCase } from '../../src/retrieval/question-words.js';
import { buildVocabulary } from '../../src/retrieval/vocabulary.js';

const words = (q: string) => q.split(' ').map((folded) => ({ folded }));
const vocabulary = buildVocabulary(['Shares in the airline Frontier rose.', 'Analysts said Frontier would grow, and the talks went on.']);
const word = (w: string, first = false) => ({ word: w, folded: w.toLowerCase(), capital: /^\p{Lu}/u.test(w), first });

describe('isFormWord', () => {
  it('reads "many" in "how many" and "going" in "going to" as the question\'s form', () => {
    expect(isFormWord(words('how many votes'), 1)).toBe(true);
    expect(isFormWord(words('is it going to rain'), 2)).toBe(true);
    expect(isFormWord(words('how is it going'), 3)).toBe(false);
  });

  it('reads the word after "how" as the question\'s form, not a word the answer writes ("how big", "how old")', () => {
    const typed = (q: string) => q.split(' ').map((word) => ({ word, folded: word.toLowerCase() }));
    expect(isFormWord(typed('how big were the tax cuts'), 1)).toBe(true);
    expect(isFormWord(typed('how old is maduro'), 1)).toBe(true);
    expect(isFormWord(typed('how Brexit changed trade'), 1)).toBe(false);
  });

  it('reads "us" typed in lower case after "cost" or "tell" as the pronoun, and "the us" or "US" as the country', () => {
    const typed = (q: string) => q.split(' ').map((word) => ({ word, folded: word.toLowerCase() }));
    expect(isFormWord(typed('how much did it cost us'), 5)).toBe(true);
    expect(isFormWord(typed('how much did it cost US taxpayers'), 5)).toBe(false);
    expect(isFormWord(typed('what did the us say'), 3)).toBe(false);
  });
});

describe('askedKind', () => {
  it('reads the noun after "which" or "what" as the kind of answer asked for', () => {
    expect(askedKind(words('in which city'), 2)).toBe(true);
    expect(askedKind(words('the city council'), 1)).toBe(false);
  });
});

describe('writesCase', () => {
  it('tells a member who capitalises names from one who types in lower case', () => {
    expect(writesCase('How many were held at the frontier in Freedonia?')).toBe(true);
    expect(writesCase('how many were held at the frontier')).toBe(false);
    expect(writesCase('What did the OAS say?')).toBe(false);
  });
});

describe('isName', () => {
  it('takes figures, acronyms and words capitalised inside the question for names', () => {
    expect(isName(word('2019'), vocabulary, false)).toBe(true);
    expect(isName(word('OAS'), vocabulary, false)).toBe(true);
    expect(isName(word('Talks'), vocabulary, false)).toBe(true);
    expect(isName(word('Talks', true), vocabulary, false)).toBe(false);
  });

  it('follows the corpus for a lower-case word, unless the member capitalises names', () => {
    expect(isName(word('frontier'), vocabulary, false)).toBe(true);
    expect(isName(word('frontier'), vocabulary, true)).toBe(false);
    expect(isName(word('lula'), vocabulary, true)).toBe(true);
  });

  it('never takes a chat word for the person, typed in lower case, for a name', () => {
    const guys = buildVocabulary(['Director Guy Ritchie said Guy Fawkes night went well.']);
    expect(isName(word('guy'), guys, false)).toBe(false);
    expect(isName(word('Guy'), guys, false)).toBe(true);
  });
});

describe('isSentence', () => {
  it('tells a question in words from a list of topics', () => {
    expect(isSentence('what did peru say')).toBe(true);
    expect(isSentence('venezuela oas lima group')).toBe(false);
    expect(isSentence('venezuela and the oas?')).toBe(true);
  });
});
