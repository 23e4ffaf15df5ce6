import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/text/regexp.js';

describe('escapeRegExp', () => {
  it('makes any text match itself literally', () => {
    for (const text of ['a.b', '(R-FL)', '$60', 'a+b?', 'x/y', '[1]', 'back\\slash']) {
      expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    }
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});
