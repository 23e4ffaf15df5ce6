import { describe, expect, it } from 'vitest';
import { derivedStems } from '../../src/text/derivation.js';
import { tokenize } from '../../src/text/tokenize.js';

const stem = (word: string) => tokenize(word)[0];

describe('derivedStems', () => {
  it('joins a verb in -d or -de to its noun in -sion, either way round and inflected', () => {
    expect(derivedStems('suspending')).toContain(stem('suspension'));
    expect(derivedStems('suspension')).toContain(stem('suspend'));
    expect(derivedStems('decided')).toContain(stem('decision'));
  });

  it('joins a verb in -ene to its noun in -ention, and a verb in -en to the word it is made from', () => {
    expect(derivedStems('intervene')).toContain(stem('intervention'));
    expect(derivedStems('threaten')).toContain(stem('threat'));
    expect(derivedStems('threat')).toContain(stem('threaten'));
  });

  it('makes up no word English lacks, and leaves short words and words Porter already joins alone', () => {
    expect(derivedStems('send')).toEqual([]); // no "sension"
    expect(derivedStems('open')).toEqual([]);
    expect(derivedStems('lead')).toEqual([]); // not "leaden"
    expect(derivedStems('invite')).toEqual([]); // "invitation" stems to "invit" already
    expect(derivedStems('Venezuela')).toEqual([]);
  });
});
