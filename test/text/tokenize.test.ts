import { describe, expect, it } from 'vitest';
import { termFrequencies, tokenize } from '../../src/text/tokenize.js';

describe('tokenize', () => {
  it('folds accents so López matches Lopez and Cúcuta matches Cucuta', () => {
    expect(tokenize('López in Cúcuta')).toEqual(tokenize('Lopez in CUCUTA'));
    expect(tokenize('López')).toEqual(['lopez']);
  });

  it('drops possessives with straight or curly apostrophes', () => {
    expect(tokenize('Venezuela’s')).toEqual(['venezuela']);
    expect(tokenize("Venezuela's")).toEqual(['venezuela']);
    expect(tokenize("the countries' borders")).toEqual(tokenize('the countries borders'));
  });

  it('keeps elisions and contractions as one word', () => {
    expect(tokenize("O'Brien")).toEqual(['obrien']);
    expect(tokenize('O’Brien')).toEqual(['obrien']);
  });

  it('normalises thousands separators so "24,000" matches "24000"', () => {
    expect(tokenize('24,000 troops')).toEqual(tokenize('24000 troops'));
    expect(tokenize('1,234,567')).toEqual(['1234567']);
  });

  it('keeps numbers whole and unstemmed: currency, years, ranges, decimals', () => {
    expect(tokenize('$60 million')).toEqual(['60', 'million']);
    expect(tokenize('in 2019')).toEqual(['2019']);
    expect(tokenize('11-15')).toEqual(['11', '15']);
    expect(tokenize('3.5%')).toEqual(['3.5']);
    expect(tokenize('the 1990s')).toEqual(['1990']);
    expect(tokenize('5 people')).toEqual(['5', 'peopl']);
  });

  it('splits hyphenated words into their parts, like the spaced spelling', () => {
    expect(tokenize('cross-border')).toEqual(['cross', 'border']);
    expect(tokenize('cross-border')).toEqual(tokenize('cross border'));
  });

  it('joins dotted acronyms instead of dropping their letters', () => {
    expect(tokenize('the U.S. and the U.N.')).toEqual(['us', 'un']);
    expect(tokenize('U.S.-led')).toEqual(['us', 'led']);
  });

  it('removes stopwords, question words included', () => {
    expect(tokenize('What did the minister say about it?')).toEqual(['minist', 'sai']);
    expect(tokenize('Who, when, where, why, how?')).toEqual([]);
  });

  it('stems so "visits" matches "visit"', () => {
    expect(tokenize('visits')).toEqual(tokenize('visit'));
    expect(tokenize('visited')).toEqual(tokenize('visiting'));
  });

  it('drops single letters but keeps words with digits unstemmed', () => {
    expect(tokenize('x G20 mp3s')).toEqual(['g20', 'mp3s']);
  });

  it('treats words that are Object.prototype keys as plain terms', () => {
    expect(tokenize('constructor')).toEqual(['constructor']);
    expect(termFrequencies(['constructor', 'constructor', 'oil']).get('constructor')).toBe(2);
  });

  it('counts term frequencies in order of first occurrence', () => {
    expect([...termFrequencies(tokenize('Oil prices, oil and more oil'))]).toEqual([
      ['oil', 3],
      ['price', 1],
    ]);
  });
});
