import { describe, expect, it } from 'vitest';
import { namesNoOne, onlyNamed, opensWith, refersBackTo } from '../../src/retrieval/refers-back.js';
import { tokenize } from '../../src/text/tokenize.js';
import { keyTerm } from '../support/key-terms.js';

describe('onlyNamed', () => {
  it('holds when the one name a sentence writes, places aside, is the one asked', () => {
    const forms = [tokenize('Jose Mourinho')];
    const heads = new Set(['mourinho']);
    expect(onlyNamed('Blues boss Jose Mourinho met the press in London.', forms, heads)).toBe(true);
    expect(onlyNamed('Jose Mourinho had promised to pick Cudicini.', forms, heads)).toBe(false);
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
