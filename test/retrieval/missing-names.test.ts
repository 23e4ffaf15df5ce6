import { describe, expect, it } from 'vitest';
import type { KeyTerm } from '../../src/retrieval/key-terms.js';
import { dropTypedPossessive, joinMissingNames, markAbsentSpeaker } from '../../src/retrieval/missing-names.js';
import { dayTerm } from '../../src/retrieval/days.js';

const term = (text: string, at: number, inCorpus: boolean, entity = true): KeyTerm => ({
  text,
  alternatives: [[text]],
  entity,
  inCorpus,
  weight: entity ? 3 : 1,
  words: { first: at, last: at },
});
const never = () => false;
const always = () => true;

describe('joinMissingNames', () => {
  it('joins neighbouring names the corpus lacks into one missing name', () => {
    const out = joinMissingNames([term('evo', 2, false), term('morales', 3, false), term('say', 4, true, false)], never);
    expect(out.map((t) => [t.text, t.inCorpus])).toEqual([
      ['evo morales', false],
      ['say', true],
    ]);
  });

  it('joins neighbouring known names that no passage holds together, and marks the pair missing', () => {
    const out = joinMissingNames([term('xbox', 1, true), term('360', 2, true)], never);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ text: 'xbox 360', inCorpus: false, entity: true });
  });

  it('joins a first name and a surname the corpus writes only of other people, even when some passage holds both', () => {
    const unpaired = (a: KeyTerm, b: KeyTerm) => a.text === 'brendan' && b.text === 'cole';
    const out = joinMissingNames([term('brendan', 1, true), term('cole', 2, true)], always, true, unpaired);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ text: 'brendan cole', inCorpus: false });
    expect(joinMissingNames([term('ashley', 1, true), term('cole', 2, true)], always, true, unpaired)).toHaveLength(2);
  });

  it('leaves names alone that stand together in some passage, or are not neighbours, or are not names', () => {
    expect(joinMissingNames([term('lopez', 1, true), term('obrador', 2, true)], always)).toHaveLength(2);
    expect(joinMissingNames([term('peru', 1, true), term('lima', 4, true)], never)).toHaveLength(2);
    expect(joinMissingNames([term('oil', 1, true, false), term('venezuela', 2, true)], never)).toHaveLength(2);
  });

  it('reads a month beside a figure, or a year beside a name, as a date, not part of a name', () => {
    expect(joinMissingNames([term('april', 1, true), term('2019', 2, true)], never)).toHaveLength(2);
    expect(joinMissingNames([term('6', 1, true), term('august', 2, true)], never)).toHaveLength(2);
    // The year is left to the year check: a passage must write it or be of an article of that year.
    expect(joinMissingNames([term('2017', 1, true), term('oas', 2, true)], never)).toHaveLength(2);
    expect(joinMissingNames([term('oas', 1, true), term('2017', 2, true)], never)).toHaveLength(2);
    // A day asked about is no part of the name beside it ("the August 6 Lima Group meeting").
    const day = { ...term('August 6', 1, true), alternatives: [[dayTerm(8, 6)]], words: { first: 1, last: 2 } };
    expect(joinMissingNames([day, term('lima', 3, true)], never)).toHaveLength(2);
  });

  it('does not join a post to whose it is: "Colombia President" is a post of a name the corpus knows', () => {
    expect(joinMissingNames([term('colombia', 2, true), term('president', 3, true)], never)).toHaveLength(2);
    expect(joinMissingNames([term('canada', 2, true), term('foreign', 3, true), term('minister', 4, true)], never)).toHaveLength(3);
  });

  it('does not join a post to its holder: "CEO Gerard" is the CEO named Gerard', () => {
    expect(joinMissingNames([term('ceo', 2, true), term('gerard', 3, true), term('arpey', 4, true)], never)).toHaveLength(2);
  });

  it('reads a list of topics as one name per word', () => {
    expect(joinMissingNames([term('oas', 1, true), term('lima', 2, true)], never, false)).toHaveLength(2);
  });
});

describe('markAbsentSpeaker', () => {
  it('reads the one word before a verb of saying as who is asked about, when the corpus never uses it', () => {
    const out = markAbsentSpeaker([term('pope', 3, false, false), term('venezuela', 6, true)], 'what did the pope say about venezuela', 3);
    expect(out[0]).toMatchObject({ text: 'pope', entity: true, noun: true, weight: 3 });
    expect(out[1]).toMatchObject({ text: 'venezuela', entity: true });
  });

  it('leaves a speaker the corpus knows, a phrase of several words, and other questions alone', () => {
    expect(markAbsentSpeaker([term('envoy', 3, true, false)], 'what did the envoy say', 3)[0]!.entity).toBe(false);
    expect(markAbsentSpeaker([term('people', 3, false, false)], 'what do un people say about it', 3)[0]!.entity).toBe(false);
    expect(markAbsentSpeaker([term('pope', 2, false, false)], 'was the pope there', 3)[0]!.entity).toBe(false);
  });
});

describe('dropTypedPossessive', () => {
  const shown = (question: string, name: string) => {
    const words = question.split(' ');
    return dropTypedPossessive([term(name, words.indexOf(name), false)], words)[0]!.text;
  };

  it('shows a missing name typed with a possessive but no apostrophe without its s', () => {
    expect(shown('what is lulas view on venezuela', 'lulas')).toBe('lula');
    expect(shown('what is machados take on the talks', 'machados')).toBe('machado');
  });

  it("keeps an s that is the name's own: before a verb, after an auxiliary, at the end, or when the rest is a word", () => {
    expect(shown('what did lulas say', 'lulas')).toBe('lulas');
    expect(shown('did torres win', 'torres')).toBe('torres');
    expect(shown('who is torres', 'torres')).toBe('torres');
    expect(shown('was morales president', 'morales')).toBe('morales');
    expect(shown('how long will the ebbers trial last', 'ebbers')).toBe('ebbers');
  });
});
