import { describe, expect, it } from 'vitest';
import { NUMBER_WORDS } from '../../src/text/numbers.js';

describe('NUMBER_WORDS', () => {
  it('matches numbers written in words, whole, and no other word', () => {
    const word = new RegExp(String.raw`^(?:${NUMBER_WORDS})$`, 'i');
    expect(['eleven', 'Hundreds', 'dozen', 'several'].every((w) => word.test(w))).toBe(true);
    expect(['someone', 'often', 'tend'].some((w) => word.test(w))).toBe(false);
  });
});
