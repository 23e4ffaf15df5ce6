import { describe, expect, it } from 'vitest';
import { buildVocabulary, foldWord } from '../../src/retrieval/vocabulary.js';

const texts = [
  'The Organization of American States (OAS) met in Geneva. Foreign Minister Ana Vidal Costa spoke.',
  'AVC, as the papers call Ana Vidal Costa, said the OAS would meet again. Freedonian officials left.',
  'Reporters asked Vidal about the summit. The summit ended early.',
];

describe('buildVocabulary', () => {
  const vocabulary = buildVocabulary(texts);

  it('counts words and how often each is capitalised', () => {
    expect(vocabulary.words.get('summit')).toEqual({ count: 2, capital: 0 });
    expect(vocabulary.words.get('vidal')).toEqual({ count: 3, capital: 3 });
  });

  it('links an acronym to the capitalised run whose initials it spells, defined in brackets or not', () => {
    expect(vocabulary.variants.get('oa')).toContainEqual(['organ', 'american', 'state']);
    expect(vocabulary.variants.get('avc')).toContainEqual(['ana', 'vidal', 'costa']);
  });

  it('links a country to its demonym and capital, from the country list', () => {
    expect(vocabulary.variants.get('mexico')).toContainEqual(['mexican']);
  });
});

describe('foldWord', () => {
  it('folds case, accents and possessives', () => {
    expect(foldWord('López’s')).toBe('lopez');
  });
});
