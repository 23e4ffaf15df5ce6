import { describe, expect, it } from 'vitest';
import { buildVocabulary, correctWord, editDistance, foldWord } from '../../src/retrieval/vocabulary.js';

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

describe('correctWord', () => {
  const vocabulary = buildVocabulary(texts);

  it('corrects a misspelt corpus name by one edit', () => {
    expect(correctWord(vocabulary, 'vidall')).toBe('vidal');
    expect(correctWord(vocabulary, 'genvea')).toBe('geneva');
  });

  it('corrects only to names, so an unknown name is not turned into a common corpus word', () => {
    expect(correctWord(vocabulary, 'sumit')).toBeNull();
  });

  it('never turns an English word or a name the corpus lacks into a corpus word', () => {
    expect(correctWord(vocabulary, 'submit')).toBeNull();
    expect(correctWord(vocabulary, 'vidaurre')).toBeNull();
  });
});

describe('editDistance and foldWord', () => {
  it('counts a transposition as one edit and gives up past the bound', () => {
    expect(editDistance('vidal', 'vdial', 1)).toBe(1);
    expect(editDistance('vidal', 'costa', 1)).toBe(2);
  });

  it('folds case, accents and possessives', () => {
    expect(foldWord('López’s')).toBe('lopez');
  });
});
