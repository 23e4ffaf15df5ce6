import { describe, expect, it } from 'vitest';
import { namesNoOne, onlyNamed, opensWith, REFERS_BACK, refersBackTo } from '../../src/retrieval/refers-back.js';
import { tokenize } from '../../src/text/tokenize.js';
import { keyTerm } from '../support/key-terms.js';

describe('onlyNamed', () => {
  it('holds when the one name a sentence writes, places aside, is the one asked', () => {
    const forms = [tokenize('Jose Mourinho')];
    const heads = new Set(['mourinho']);
    expect(onlyNamed('Blues boss Jose Mourinho met the press in London.', forms, heads)).toBe(true);
    expect(onlyNamed('Jose Mourinho had promised to pick Cudicini.', forms, heads)).toBe(false);
    // "I" names no one.
    expect(onlyNamed('Every player counts and Jose Mourinho is one I have no doubts about.', forms, heads)).toBe(true);
  });
});

describe('REFERS_BACK', () => {
  it('reads a pronoun subject after a quotation mark and a speaker\'s own frame ("I am told he")', () => {
    expect(REFERS_BACK.test('"I am told he should be back playing by March.')).toBe(true);
    expect(REFERS_BACK.test('He said so.')).toBe(true);
    expect(REFERS_BACK.test('I told him so.')).toBe(false);
  });
});

describe('opensWith', () => {
  it('holds when the sentence opens with the name as its subject', () => {
    expect(opensWith("Ocean's Twelve, the sequel starring George Clooney, took $40m.", new Set(['twelv']))).toBe(true);
    expect(opensWith('The sequel starring George Clooney took $40m.', new Set(['clooney']))).toBe(false);
  });
});

describe('refersBackTo', () => {
  const runway = [keyTerm('runway', { alternatives: [tokenize('runway')] })];

  it('holds for "the <thing asked>" when the sentence before speaks of that thing', () => {
    const prior = new Set(tokenize('BAA plans to expand Stansted by building an extra runway.'));
    expect(refersBackTo('Opponents say the cost of the new runway is too high.', runway, prior)).toBe(true);
    expect(refersBackTo('Opponents say a new runway is too costly.', runway, prior)).toBe(false);
    expect(refersBackTo('Opponents say the cost of the new runway is too high.', runway, new Set(['terminal']))).toBe(false);
  });
});

describe('namesNoOne', () => {
  it('holds when no word but the first is capitalised', () => {
    expect(namesNoOne('Weekend tickets are now on sale priced at £125 each.')).toBe(true);
    expect(namesNoOne('Tickets went on sale in Bristol.')).toBe(false);
  });
});
