import { describe, expect, it } from 'vitest';
import { NAMED_TEXTS } from '../support/fixtures.js';
import { correctWord, editDistance } from '../../src/retrieval/spelling.js';
import { buildVocabulary } from '../../src/retrieval/vocabulary.js';

const texts = NAMED_TEXTS;

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

describe('editDistance', () => {
  it('counts a transposition as one edit and gives up past the bound', () => {
    expect(editDistance('vidal', 'vdial', 1)).toBe(1);
    expect(editDistance('vidal', 'costa', 1)).toBe(2);
  });
});
