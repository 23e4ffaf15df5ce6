import { describe, expect, it } from 'vitest';
import { FOREIGN_SHORTHAND } from '../../src/text/chat-foreign-shorthand.js';

describe('FOREIGN_SHORTHAND', () => {
  it('keys each language by lowercase whole words, each spelled out or capitalised ("eua" → "EUA")', () => {
    for (const table of Object.values(FOREIGN_SHORTHAND)) {
      for (const [short, long] of Object.entries(table)) {
        expect(short).toBe(short.toLowerCase());
        expect(short).not.toMatch(/\s/);
        expect(long).not.toBe(short);
      }
    }
  });

  it('spells out the forms each language writes its own way ("pq" is "por qué" in Spanish, "por que" in Portuguese)', () => {
    expect(FOREIGN_SHORTHAND.es['pq']).toBe('por qué');
    expect(FOREIGN_SHORTHAND.pt['pq']).toBe('por que');
    expect(FOREIGN_SHORTHAND.es['vzla']).toBe('Venezuela');
  });
});
