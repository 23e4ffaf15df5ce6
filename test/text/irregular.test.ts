import { describe, expect, it } from 'vitest';
import { baseOfPast, otherStems, pastsOf } from '../../src/text/irregular.js';

describe('baseOfPast', () => {
  it('gives the base of an irregular past, and leaves any other word as it is', () => {
    expect(baseOfPast('held')).toBe('hold');
    expect(baseOfPast('Met')).toBe('meet');
    expect(baseOfPast('visited')).toBe('visited');
  });
});

describe('pastsOf', () => {
  it('gives the irregular pasts of a base, and none for a regular verb', () => {
    expect(pastsOf('run')).toEqual(['ran']);
    expect(pastsOf('say')).toEqual(['said']);
    expect(pastsOf('walk')).toEqual([]);
  });

  it('keeps "said" apart from baseOfPast, where a verb before a name is read', () => {
    expect(baseOfPast('said')).toBe('said');
  });
});

describe('otherStems', () => {
  it('gives the stem Porter gives the -ied form of a verb in -ie, which it parts from the base', () => {
    expect(otherStems('die')).toEqual(['di']);
    expect(otherStems('Lie')).toEqual(['li']);
  });

  it('joins a short verb in -ue to its -ued and -uing forms, which Porter parts from it', () => {
    expect(otherStems('sue')).toEqual(['su']);
    expect(otherStems('suing')).toEqual(['sue']);
    expect(otherStems('sued')).toEqual(['sue']);
  });

  it('joins a verb and its irregular past both ways, from the base, its -s form or the past', () => {
    expect(otherStems('grow')).toEqual(['grew']);
    expect(otherStems('meets')).toEqual(['met']);
    expect(otherStems('met')).toEqual(['meet']);
  });

  it("gives nothing for other words, nor for a past that is a word of its own or a light verb's", () => {
    expect(otherStems('meeting')).toEqual([]);
    expect(otherStems('got')).toEqual([]);
    expect(otherStems('left')).toEqual([]);
    expect(otherStems('leave')).toEqual([]);
    expect(otherStems('lingerie')).toEqual([]);
  });
});
