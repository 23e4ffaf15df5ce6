import { describe, expect, it } from 'vitest';
import { AbbreviatedNames, shortFormOf } from '../../src/retrieval/abbreviated-names.js';

describe('shortFormOf', () => {
  it('reads a clipped or contracted word as a short form of the longer one', () => {
    expect(shortFormOf('lib', 'liberal')).toBe(true);
    expect(shortFormOf('dems', 'democrats')).toBe(true);
    expect(shortFormOf('utd', 'united')).toBe(true);
    expect(shortFormOf('st', 'street')).toBe(true);
  });

  it('reads no short form in a word nearly as long, of another first letter, or of two letters with a vowel', () => {
    expect(shortFormOf('york', 'yorker')).toBe(false);
    expect(shortFormOf('utd', 'dundee')).toBe(false);
    expect(shortFormOf('jo', 'john')).toBe(false);
    expect(shortFormOf('uta', 'united')).toBe(false);
  });
});

describe('AbbreviatedNames', () => {
  it('links a shortened name to its full form when one article writes both', () => {
    const names = new AbbreviatedNames();
    names.addRun(['dundee', 'united'], 0);
    names.addRun(['dundee', 'utd'], 0);
    expect(names.groups(() => false)).toEqual([
      [
        ['dunde', 'utd'],
        ['dunde', 'unit'],
      ],
    ]);
  });

  it('links no two names no article writes together, no place and no two people after a title', () => {
    const names = new AbbreviatedNames();
    names.addRun(['iron', 'man'], 0);
    names.addRun(['iron', 'maiden'], 1);
    names.addRun(['mr', 'gold'], 2);
    names.addRun(['mr', 'goldman'], 2);
    names.addRun(['india', 'thailand'], 3);
    names.addRun(['indonesia', 'thailand'], 3);
    expect(names.groups((w) => w === 'india')).toEqual([]);
  });
});
