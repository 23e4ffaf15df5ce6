import { describe, expect, it } from 'vitest';
import { FOREIGN_ACRONYMS, isFunctionWord } from '../../src/text/foreign-words.js';

describe('isFunctionWord', () => {
  it('knows the grammar words of each language, in any case', () => {
    expect(isFunctionWord('La', 'es')).toBe(true);
    expect(isFunctionWord('del', 'es')).toBe(true);
    expect(isFunctionWord('pelo', 'pt')).toBe(true);
    expect(isFunctionWord('você', 'pt')).toBe(true);
  });

  it('does not take content words or names for grammar words', () => {
    expect(isFunctionWord('Maduro', 'es')).toBe(false);
    expect(isFunctionWord('frontera', 'es')).toBe(false);
    expect(isFunctionWord('reunião', 'pt')).toBe(false);
  });
});

describe('FOREIGN_ACRONYMS', () => {
  it('maps Spanish and Portuguese acronyms of international bodies to the English ones', () => {
    expect(FOREIGN_ACRONYMS.OEA).toBe('OAS');
    expect(FOREIGN_ACRONYMS.ONU).toBe('UN');
    expect(FOREIGN_ACRONYMS['EE. UU.']).toBe('US');
    expect(FOREIGN_ACRONYMS.EUA).toBe('US');
  });
});
