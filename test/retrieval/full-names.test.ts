import { describe, expect, it } from 'vitest';
import { respellNames, respeltName, TogetherFinder, unpairedName, type FullNames } from '../../src/retrieval/full-names.js';
import { surfaceWords } from '../../src/retrieval/surface-words.js';

function together(...texts: string[]): ReadonlySet<string> {
  const finder = new TogetherFinder();
  for (const text of texts) finder.addWords(surfaceWords(text));
  return finder.together();
}

describe('TogetherFinder', () => {
  it('pairs the words of one run of capitalised words, across a middle initial', () => {
    const pairs = together('Officials said George W Bush would visit. Ashley Cole signed.');
    expect(pairs.has('george bush')).toBe(true);
    expect(pairs.has('ashley cole')).toBe(true);
    expect(pairs.has('bush ashley')).toBe(false);
  });

  it('does not pair words across punctuation or a lower-case word', () => {
    const pairs = together('He met Brendan, then Cole. Brendan and Cole left.');
    expect(pairs.has('brendan cole')).toBe(false);
  });
});

describe('unpairedName', () => {
  const names: FullNames = {
    first: new Set(['brendan', 'ashley']),
    last: new Set(['cole', 'barber']),
    together: new Set(['brendan barber', 'ashley cole']),
  };

  it('takes a first name and a surname of two other people for a full name the corpus does not hold', () => {
    expect(unpairedName(names, 'brendan', 'cole')).toBe(true);
  });

  it('leaves a full name the corpus writes, and words it does not use as a first name and a surname', () => {
    expect(unpairedName(names, 'ashley', 'cole')).toBe(false);
    expect(unpairedName(names, 'cole', 'brendan')).toBe(false);
    expect(unpairedName(names, 'chelsea', 'cole')).toBe(false);
  });
});

describe('respeltName', () => {
  const names: FullNames = {
    first: new Set(['beverly', 'beverley', 'brendan', 'ashley']),
    last: new Set(['knight', 'hughes', 'cole', 'barber']),
    together: new Set(['beverley knight', 'beverly hughes', 'beverley hughes', 'brendan barber', 'ashley cole']),
  };

  it('reads two words the corpus writes apart as the full name one letter off that it writes whole', () => {
    expect(respeltName(names, 'beverly', 'knight')).toEqual({ first: 'beverley', last: 'knight' });
  });

  it('leaves a full name the corpus writes, and one no written name is a letter off', () => {
    expect(respeltName(names, 'beverly', 'hughes')).toBeNull();
    expect(respeltName(names, 'brendan', 'cole')).toBeNull();
  });

  it('guesses no name when two written names are each a letter off', () => {
    const two: FullNames = { ...names, together: new Set([...names.together, 'beverli knight']) };
    expect(respeltName(two, 'beverly', 'knight')).toBeNull();
  });
});

describe('respellNames', () => {
  it('puts right each pair of words read as a full name misspelt, and says what it changed', () => {
    const names: FullNames = { first: new Set(['beverly', 'beverley']), last: new Set(['knight']), together: new Set(['beverley knight']) };
    const words = [
      { word: 'Beverly', folded: 'beverly' },
      { word: 'Knight', folded: 'knight' },
      { word: 'sang', folded: 'sang' },
    ];
    expect(respellNames(words, names)).toEqual([{ from: 'Beverly', to: 'beverley' }]);
    expect(words.map((w) => w.folded)).toEqual(['beverley', 'knight', 'sang']);
  });
});
