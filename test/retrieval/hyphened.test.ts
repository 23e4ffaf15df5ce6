import { describe, expect, it } from 'vitest';
import { hyphenedForm } from '../../src/retrieval/hyphened.js';
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
