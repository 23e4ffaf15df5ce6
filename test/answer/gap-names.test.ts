import { describe, expect, it } from 'vitest';
import { asTyped, display, listNames, showNames } from '../../src/answer/gap-names.js';
import type { KeyTerm } from '../../src/retrieval/key-terms.js';
import { keyTerm } from '../support/key-terms.js';

const name = (text: string, at: number): KeyTerm => keyTerm(text, { entity: true, at });

describe('listNames', () => {
  it('joins names as a sentence would, in the language given', () => {
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listNames(['A', 'B'], 'y')).toBe('A y B');
  });
});

describe('display', () => {
  it('capitalises a name typed in chat, and writes a word without vowels as an acronym', () => {
    expect(display('delcy rodriguez')).toBe('Delcy Rodriguez');
    expect(display('gdp')).toBe('GDP');
    expect(display('eu')).toBe('EU');
    expect(display('Ed Miliband')).toBe('Ed Miliband');
  });
});

describe('asTyped and showNames', () => {
  it('writes neighbouring words of the question as one name, and a name read twice once', () => {
    expect(asTyped([name('lima', 3), name('group', 4), name('peru', 6)])).toEqual(['Lima Group', 'Peru']);
    expect(asTyped([name('half-life', 1), name('Half-Life', 5)])).toEqual(['Half-life']);
  });

  it('writes the names inside a phrase as names', () => {
    expect(showNames('the lima group meeting', [name('lima', 1), name('group', 2)])).toBe('the Lima Group meeting');
  });
});
