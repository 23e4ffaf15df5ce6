import { describe, expect, it } from 'vitest';
import { PlaceLedNames } from '../../src/retrieval/place-led-names.js';

const PLACES = new Set(['lima', 'peru', 'london', 'mexico', 'mexico city', 'venezuelan', 'city']);

describe('PlaceLedNames', () => {
  it('takes a place and a common noun the corpus writes as a name more than once, after a "The" opening a sentence too', () => {
    const names = new PlaceLedNames(PLACES);
    names.addRun(['the', 'lima', 'group']);
    names.addRun(['lima', 'group']);
    names.addRun(['london', 'marathon']);
    expect(names.names()).toEqual(new Set(['lima group']));
  });

  it('takes no post after a place, no place form, no second place and no run of other lengths', () => {
    const names = new PlaceLedNames(PLACES);
    for (let i = 0; i < 2; i++) {
      names.addRun(['venezuelan', 'president']);
      names.addRun(['mexico', 'city']);
      names.addRun(['lima', 'peru']);
      names.addRun(['lima', 'group', 'meeting']);
      names.addRun(['peru', 'xqzt']);
    }
    expect(names.names()).toEqual(new Set());
  });
});
