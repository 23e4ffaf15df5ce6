import { describe, expect, it } from 'vitest';
import { SurnameFinder } from '../../src/retrieval/surnames.js';
import { foldWord, surfaceWords } from '../../src/retrieval/surface-words.js';

const CONNECTORS = new Set(['of', 'the']);

function groupsOf(text: string, places: string[] = []) {
  const finder = new SurnameFinder();
  finder.addWords(surfaceWords(text));
  for (const run of [
    ['Mike', 'Pompeo'],
    ['Lima', 'Group'],
    ['Lead', 'Singer'],
    ['Uefa', 'Cup'],
  ])
    if (text.includes(run.join(' '))) finder.addRun(run, CONNECTORS);
  return finder.groups(foldWord, () => true, new Set(places));
}

describe('SurnameFinder', () => {
  it('pairs a full name with the surname the text also writes alone', () => {
    expect(groupsOf('Officials said Mike Pompeo will travel. Later, Pompeo met them.')).toEqual([[['mike', 'pompeo'], ['pompeo']]]);
  });

  it('leaves a pair whose last word never stands alone, or that starts with a place', () => {
    expect(groupsOf('Officials said Mike Pompeo will travel.')).toEqual([]);
    expect(groupsOf('The Lima Group met. Then the Group spoke.', ['lima'])).toEqual([]);
  });

  it('takes no short form for a name ending in the noun of a body or a contest: "the Cup" is any cup', () => {
    expect(groupsOf('Ajax left the Uefa Cup. Spurs won the Cup last year.')).toEqual([]);
  });
});

describe('SurnameFinder.nameParts', () => {
  it('reads first names and surnames from pairs of names, but not a word that also stands alone or a title', () => {
    const finder = new SurnameFinder();
    const text = 'Brendan Barber spoke. Ashley Cole and Mr Cole left Chelsea. Chelsea Clinton came.';
    finder.addWords(surfaceWords(text));
    for (const run of [
      ['Brendan', 'Barber'],
      ['Ashley', 'Cole'],
      ['Mr', 'Cole'],
      ['Chelsea', 'Clinton'],
    ])
      finder.addRun(run, CONNECTORS);
    const { first, last } = finder.nameParts(foldWord, () => true, new Set());
    expect([...first].sort()).toEqual(['ashley', 'brendan']);
    expect(last.has('cole')).toBe(true);
    expect(last.has('barber')).toBe(true);
  });
});
