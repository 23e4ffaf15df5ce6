import { describe, expect, it } from 'vitest';
import { NAMED_TEXTS } from '../support/fixtures.js';
import { correctWord, expandAbbreviation } from '../../src/retrieval/spelling.js';
import { buildVocabulary } from '../../src/retrieval/vocabulary.js';

const texts = NAMED_TEXTS;

describe('correctWord', () => {
  const vocabulary = buildVocabulary(texts);

  it('reads the plural of a name with a figure as the name, and leaves other names with figures alone', () => {
    const v = buildVocabulary(['Sony sold 50,000 PS2 consoles in the 1990 season.']);
    expect(correctWord(v, 'ps2s')).toBe('ps2');
    expect(correctWord(v, 'ps3')).toBeNull();
    expect(correctWord(v, '1990s')).toBeNull();
  });

  it('corrects a misspelt corpus name by one edit', () => {
    expect(correctWord(vocabulary, 'vidall')).toBe('vidal');
    expect(correctWord(vocabulary, 'genvea')).toBe('geneva');
  });

  it('takes a name that is no English word before a more frequent one that is, at the same distance', () => {
    // "Army" is written capitalised more often than "Arpey"; a misspelt name is more likely the name.
    const airline = buildVocabulary([
      'The Army said so. The Army left. The Army stayed. The Irish Republican Army spoke.',
      'Chief executive Gerard Arpey said the airline was hit.',
    ]);
    expect(correctWord(airline, 'arpy')).toBe('arpey');
  });

  it('puts back a vowel a common word was typed without, when the corpus writes some form of it', () => {
    // "reporters" is in the corpus, so "report" is; "reprt" is one vowel short of it.
    expect(correctWord(vocabulary, 'reprt')).toBe('report');
    // An unknown name that no vowel makes an English word stays a name.
    expect(correctWord(vocabulary, 'ortga')).toBeNull();
  });

  it('corrects only to names, so an unknown name is not turned into a common corpus word', () => {
    expect(correctWord(vocabulary, 'sumit')).toBeNull();
  });

  it('takes the other English spelling of a word the corpus writes only that way', () => {
    const own = buildVocabulary(['The organization recognized the defence minister.']);
    expect(correctWord(own, 'organisation')).toBe('organization');
    expect(correctWord(own, 'recognised')).toBe('recognized');
    // A word the corpus writes as typed is left alone.
    expect(correctWord(own, 'defence')).toBeNull();
  });

  it('never turns an English word or a name the corpus lacks into a corpus word', () => {
    expect(correctWord(vocabulary, 'submit')).toBeNull();
    expect(correctWord(vocabulary, 'vidaurre')).toBeNull();
  });

  it("reads a word typed run together as the corpus's hyphenated word", () => {
    const hyphened = buildVocabulary(['Trains get wi-fi soon, and more wi-fi later.']);
    expect(correctWord(hyphened, 'wifi')).toBe('wi-fi');
  });

  it('leaves a word whose plural is English, which the word list may lack: "app" is no slip for "pap"', () => {
    expect(correctWord(vocabulary, 'app')).toBeNull();
  });

  it('undoes a slip in a common word, which would otherwise read as a name the corpus never mentions', () => {
    const own = buildVocabulary(['The government said the reporters asked about the summit.']);
    expect(correctWord(own, 'becuase')).toBe('because');
    expect(correctWord(own, 'goverment')).toBe('government');
    expect(correctWord(own, 'reportres')).toBe('reporters');
    expect(correctWord(own, 'teh')).toBe('the');
  });

  it('leaves an unknown name a name: a swap into no English word, or one edit from a short common word', () => {
    const own = buildVocabulary(['The petrol price rose, the minister said.']);
    expect(correctWord(own, 'petro')).toBeNull();
    expect(correctWord(own, 'lula')).toBeNull();
    expect(correctWord(own, 'im')).toBeNull();
    expect(correctWord(own, 'castro')).toBeNull(); // a swap from "castor", a word neither common nor the corpus's
  });
});

describe('expandAbbreviation', () => {
  const vocabulary = buildVocabulary([
    'The group met. The group spoke. Another group left. The Lima Group grew. Three weeks later they met again.',
    'The grip held. Mr Groop said more.',
  ]);

  it('spells out consonants-only chat abbreviations of common corpus words', () => {
    expect(expandAbbreviation(vocabulary, 'grp')).toBe('group');
    expect(correctWord(vocabulary, 'wks')).toBe('weeks');
    expect(correctWord(buildVocabulary(['They should go. It should end.']), 'shld')).toBe('should');
  });

  it('leaves two-letter, vowelled, name-like or unmatched abbreviations alone', () => {
    expect(expandAbbreviation(vocabulary, 'mr')).toBeNull();
    expect(expandAbbreviation(vocabulary, 'grup')).toBeNull();
    expect(expandAbbreviation(vocabulary, 'xyz')).toBeNull();
    // "grip" has the same consonants as "group": as common as it, neither is chosen.
    expect(expandAbbreviation(buildVocabulary(['The grip held. The group met.']), 'grp')).toBeNull();
  });
});
