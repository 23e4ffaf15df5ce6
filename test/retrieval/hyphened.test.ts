import { describe, expect, it } from 'vitest';
import { hyphenedForm, joinHyphenedApart } from '../../src/retrieval/hyphened.js';
import { surfaceWords } from '../../src/retrieval/surface-words.js';
import { buildVocabulary } from '../../src/retrieval/vocabulary.js';

describe('hyphenedForm', () => {
  it('finds the hyphenated word a word typed run together stands for, the most frequent of several', () => {
    const vocabulary = buildVocabulary(['Anti-social behaviour rose. Anti-social acts, and one antis-ocial typo.', 'Wi-fi came.']);
    expect(hyphenedForm(vocabulary, 'antisocial')).toBe('anti-social');
    expect(hyphenedForm(vocabulary, 'wifi')).toBe('wi-fi');
  });

  it('finds nothing for a word the corpus never hyphenates', () => {
    expect(hyphenedForm(buildVocabulary(['Trains came.']), 'trains')).toBeNull();
  });
});

describe('joinHyphenedApart', () => {
  it('joins two words typed apart that the corpus writes as one hyphenated word', () => {
    const vocabulary = buildVocabulary(["Cantona's infamous kung-fu kick on a fan."]);
    const words = joinHyphenedApart(vocabulary, surfaceWords('how long was he banned after the kung fu kick'));
    // Both keep their place: what the question's words are counted by does not shift.
    expect(words.map((w) => w.folded)).toEqual(['how', 'long', 'was', 'he', 'banned', 'after', 'the', 'kung-fu', 'kung-fu', 'kick']);
    expect(words.map((w) => w.word).slice(7, 9)).toEqual(['kung', 'fu']);
  });

  it('leaves words the corpus does not hyphenate, and words apart across punctuation', () => {
    const vocabulary = buildVocabulary(["Cantona's infamous kung-fu kick on a fan."]);
    const days = buildVocabulary(['The one-day series.', 'One day he came.']);
    expect(joinHyphenedApart(days, surfaceWords('a record one day jump')).map((w) => w.folded)).toEqual([
      'a',
      'record',
      'one',
      'day',
      'jump',
    ]);
    expect(joinHyphenedApart(vocabulary, surfaceWords('the kick was kung, fu')).map((w) => w.folded)).toEqual([
      'the',
      'kick',
      'was',
      'kung',
      'fu',
    ]);
  });
});
