import { describe, expect, it } from 'vitest';
import { isEnglishWord, isEverydayWord } from '../../src/text/lexicon.js';

describe('isEnglishWord', () => {
  it('knows common English words a corpus may not use', () => {
    for (const word of ['opinion', 'pumping', 'replaced', 'think']) expect(isEnglishWord(word)).toBe(true);
  });

  it('does not count personal names as English words, even ones that are rare nouns elsewhere', () => {
    for (const word of ['lula', 'bolsonaro', 'morales', 'maduro', 'chavez']) expect(isEnglishWord(word)).toBe(false);
  });

  it('knows the singular of a listed plural ending in a consonant ("app" for "apps"), but no name cut from one ending in s', () => {
    expect(isEnglishWord('app')).toBe(true);
    for (const word of ['jame', 'charle', 'thi']) expect(isEnglishWord(word)).toBe(false);
  });
});

describe('isEverydayWord', () => {
  it('tells the most common words from rarer English ones', () => {
    expect(isEverydayWord('because')).toBe(true);
    expect(isEverydayWord('castor')).toBe(false);
    expect(isEnglishWord('castor')).toBe(true);
  });
});
