import { describe, expect, it } from 'vitest';
import { withoutDiacritics } from '../../src/text/diacritics.js';

describe('withoutDiacritics', () => {
  it('drops accents and other combining marks, keeping the letters and their case', () => {
    expect(withoutDiacritics('Guaidó se reunió en São Paulo')).toBe('Guaido se reunio en Sao Paulo');
    expect(withoutDiacritics('plain text')).toBe('plain text');
  });
});
