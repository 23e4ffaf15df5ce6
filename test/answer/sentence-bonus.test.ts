import { describe, expect, it } from 'vitest';
import { sentenceBonus } from '../../src/answer/sentence-bonus.js';
import type { QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import { keyTerm } from '../support/key-terms.js';

const term = (text: string, entity: boolean) => keyTerm(text, { entity });
const reading = (answerType: QuestionAnalysis['answerType']): QuestionAnalysis => ({
  searchText: '',
  corrections: [],
  terms: [term('peru', true), term('invit', false)],
  answerType,
  answerTypes: [answerType],
  related: [],
});

describe('sentenceBonus', () => {
  it('favours the sentence carrying more of the key terms', () => {
    const bonus = sentenceBonus(reading('any'));
    expect(bonus('Peru invited them.')).toBeGreaterThan(bonus('Peru spoke.'));
    expect(bonus('The weather was fine.')).toBe(0);
  });

  it("counts the names of the article's headline as carried by each of its sentences", () => {
    const bonus = sentenceBonus(reading('any'));
    expect(bonus('Peru spoke.')).toBeGreaterThan(bonus('They invited them.'));
    expect(bonus('They invited them.', 'Peru row')).toBeGreaterThan(bonus('Peru spoke.', 'Peru row'));
  });

  it('adds a little for the kind of fact asked for', () => {
    const bonus = sentenceBonus(reading('number'));
    expect(bonus('Peru invited 100 countries.')).toBeGreaterThan(bonus('Peru invited many countries.'));
  });
});

describe('sentenceBonus, measures', () => {
  it('favours the sentence giving the measure asked as much as one carrying every key term', () => {
    const score: QuestionAnalysis = {
      ...reading('any'),
      searchText: 'peru v chile, what is the score',
      terms: [term('peru', true), term('chile', true)],
    };
    const bonus = sentenceBonus(score);
    expect(bonus('Peru beat Chile 2-1 on Sunday.')).toBeGreaterThan(bonus('Peru and Chile both wanted it.') + 4);
  });
});

describe('sentenceBonus, outcome questions', () => {
  it('favours a sentence reporting a result when the question asks how something turned out', () => {
    const asked = { ...reading('any'), searchText: 'what happened when peru invited them' };
    expect(sentenceBonus(asked)('The talks failed.')).toBeGreaterThan(0);
    expect(sentenceBonus(reading('any'))('The talks failed.')).toBe(0);
    expect(sentenceBonus(asked)('The talks will go on.')).toBe(0);
  });

  it('reads a translated question as typed, whose tense the translation may lose', () => {
    const translated = { ...reading('any'), searchText: 'what became in the meeting' };
    expect(sentenceBonus(translated)('The talks failed.')).toBe(0);
    expect(sentenceBonus(translated, { text: 'o que aconteceu na reunião', language: 'pt' })('The talks failed.')).toBeGreaterThan(0);
  });
});

describe('sentenceBonus, questions of what someone said', () => {
  it('favours the sentence in which who is asked about speaks over one sharing more words', () => {
    const asked: QuestionAnalysis = {
      ...reading('any'),
      searchText: 'what did peru say when venezuela went after them',
      terms: [term('peru', true), term('venezuela', true)],
    };
    const bonus = sentenceBonus(asked);
    expect(bonus('Peru, for example, stressed that it valued the help.')).toBeGreaterThan(bonus('Venezuela attacked Peru and Chile.'));
    expect(bonus('Peru, for example, stressed that it valued the help.')).toBeGreaterThan(bonus('Peru valued the help.'));
  });
});
