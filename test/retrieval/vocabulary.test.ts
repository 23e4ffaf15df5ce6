import { describe, expect, it } from 'vitest';
import { NAMED_TEXTS } from '../support/fixtures.js';
import { tokenize } from '../../src/text/tokenize.js';
import { buildVocabulary, nameShare } from '../../src/retrieval/vocabulary.js';

const texts = NAMED_TEXTS;

describe('buildVocabulary', () => {
  const vocabulary = buildVocabulary(texts);

  it('counts words, those opening a sentence, and how often each is capitalised inside one', () => {
    expect(vocabulary.words.get('summit')).toEqual({ count: 2, opening: 0, capital: 0, accented: 0, upper: 0 });
    expect(vocabulary.words.get('vidal')).toEqual({ count: 3, opening: 0, capital: 3, accented: 0, upper: 0 });
    expect(vocabulary.words.get('reporters')).toEqual({ count: 1, opening: 1, capital: 0, accented: 0, upper: 0 });
  });

  it('judges a name by its case inside sentences, not at their start', () => {
    expect(nameShare(vocabulary.words.get('vidal')!, 'vidal')).toBe(1);
    // Only ever capitalised because it opens a sentence: a common word, not a name.
    expect(nameShare(vocabulary.words.get('reporters')!, 'reporters')).toBe(0);
  });

  it('reads a headline-case line like sentence openings: its capitals make no names', () => {
    const headed = buildVocabulary(['Minister Begins Regional Tour Seeking Support\nThe minister met Vidal in Geneva.']);
    expect(nameShare(headed.words.get('tour')!, 'tour')).toBe(0);
    expect(headed.words.get('tour')).toMatchObject({ count: 1, opening: 1, capital: 0 });
    expect(nameShare(headed.words.get('vidal')!, 'vidal')).toBe(1);
  });

  it('links an acronym to the capitalised run whose initials it spells, defined in brackets or not', () => {
    expect(vocabulary.variants.get('oa')).toContainEqual(['organ', 'american', 'state']);
    expect(vocabulary.variants.get('avc')).toContainEqual(['ana', 'vidal', 'costa']);
  });

  it('keeps initials the corpus never writes, for the name they spell when few do', () => {
    const v = buildVocabulary(['The Washington-based Economic Policy Institute said so.', 'Ana Vidal met Alan Vega.']);
    expect(v.initials.get('epi')).toEqual([tokenize('Economic Policy Institute')]);
    // Two letters stand for a name only when they spell one.
    expect(v.initials.has('av')).toBe(false);
  });

  it('links a capitalised word written with a hyphen to it written as one word, as chat does', () => {
    const v = buildVocabulary(['Spider-Man creator Stan Lee won.', 'The US-backed film made money.']);
    expect(v.variants.get('spiderman')).toEqual([tokenize('spider man')]);
    expect(v.variants.has('usback')).toBe(false);
  });

  it('links any word written both with a hyphen and as one word ("wi-fi", "WiFi")', () => {
    const v = buildVocabulary(['Trains get wi-fi soon.', 'The WiFi hotspot opened.', 'A re-run aired.']);
    expect(v.variants.get('wifi')).toEqual([tokenize('wi fi')]);
    expect(v.variants.has('rerun')).toBe(false);
  });

  it('links a country to its demonym and capital, from the country list', () => {
    expect(vocabulary.variants.get('mexico')).toContainEqual(['mexican']);
  });

  it('links a full name to the surname the corpus also writes alone, not a group to its last word', () => {
    const v = buildVocabulary([
      'Hollywood star Tom Hanks was in London. Fans cheered as Hanks arrived.',
      'The Lima Group met in Peru. The Permanent Council of the Group spoke. Officials of Venezuela’s Maduro spoke.',
    ]);
    expect(v.variants.get('tom hank')).toEqual([['hank']]);
    expect(v.variants.get('hank')).toEqual([['tom', 'hank']]);
    // "Group" stands alone once but "Lima" is a place; "Venezuela's Maduro" is a place and a name.
    expect(v.variants.get('lima group')).toBeUndefined();
    expect(v.variants.get('venezuela maduro')).toBeUndefined();
  });

  it('notes a name made of a place and a noun, written twice, in which the place is not the country', () => {
    const v = buildVocabulary(['The Lima Group met in Peru.', 'Peru invited Cuba to the next Lima Group meeting.']);
    expect(v.placeLed).toEqual(new Set(['lima group']));
    expect(v.variants.get('lima')).toContainEqual(['peru']);
  });

  it('links a name written as words to the one word the corpus also writes for it', () => {
    const v = buildVocabulary(['Shares in Time Warner rose.', 'Profits at US media giant TimeWarner jumped.']);
    expect(v.variants.get('time warner')).toContainEqual(['timewarn']);
    expect(v.variants.get('timewarn')).toEqual([['time', 'warner']]);
  });

  it('links a name an article writes both in full and shortened, not two an article never writes together', () => {
    const v = buildVocabulary([
      'Liberal Democrats spokesman Mark Oaten spoke. The Lib Dems agreed.',
      'Iron Maiden played.',
      'Iron Man opened.',
    ]);
    expect(v.variants.get('lib dem')).toContainEqual(['liber', 'democrat']);
    expect(v.variants.get('iron man')).toBeUndefined();
  });
});
