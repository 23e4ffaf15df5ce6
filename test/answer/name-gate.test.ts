import { describe, expect, it } from 'vitest';
import type { HeadPassage } from '../../src/answer/gates.js';
import { nameUnwritten } from '../../src/answer/name-gate.js';
import type { QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import { tokenize } from '../../src/text/tokenize.js';
import { keyTerm } from '../support/key-terms.js';
import { passageSupport } from '../support/passage-support.js';

const reading = (searchText: string, ...names: string[]): QuestionAnalysis => ({
  searchText,
  corrections: [],
  terms: names.map((n) => keyTerm(n, { entity: true, alternatives: [tokenize(n)] })),
  answerType: 'any',
  answerTypes: [],
  related: [],
});
const passage = (text: string, entityShare = 1): HeadPassage => ({ text, support: passageSupport({ share: entityShare, entityShare }) });

describe('nameUnwritten', () => {
  const artist = reading('what is the name of the make up artist suing snoop dogg', 'Snoop Dogg');

  it('names what is missing when the passages only describe the person asked', () => {
    const found = nameUnwritten(artist, [passage('Snoop Dogg has been sued for $25m by a make-up artist who claimed he drugged her.')]);
    expect(found?.phrase).toBe('make up artist');
    expect(found?.names.map((t) => t.text)).toEqual(['Snoop Dogg']);
  });

  it('is lifted by a passage naming the person beside the word for them', () => {
    const named = passage('Snoop Dogg was sued by make-up artist Kelly Ann Jones on Tuesday.');
    expect(nameUnwritten(artist, [passage('Snoop Dogg denies it.'), named])).toBeNull();
    const wife = reading("what is david miliband's wife called", 'David Miliband');
    expect(nameUnwritten(wife, [passage('David Miliband lives in London with his wife, Louise, and two sons.')])).toBeNull();
  });

  it('does not take a place, a name the question gives, or a name said to be withheld', () => {
    const text = 'Snoop Dogg was sued in Los Angeles by a make-up artist. Her lawyer called Snoop Dogg a liar.';
    expect(nameUnwritten(artist, [passage(text)])).not.toBeNull();
    expect(nameUnwritten(artist, [passage('Snoop Dogg said of the make-up artist: "The claims are false."')])).not.toBeNull();
    const unnamed = reading('what is the name of the official who told reuters', 'Reuters');
    const said = passage('One unnamed White House official told Reuters the plan helps.');
    expect(nameUnwritten(unnamed, [said])).not.toBeNull();
  });

  it('reads only the passages naming the most of the question, and leaves other questions alone', () => {
    const elsewhere = passage('Make-up artist Kelly Ann Jones won an award.', 0);
    expect(nameUnwritten(artist, [passage('Snoop Dogg was sued by a make-up artist.'), elsewhere])).not.toBeNull();
    expect(nameUnwritten(reading('who sued snoop dogg', 'Snoop Dogg'), [passage('Snoop Dogg was sued.')])).toBeNull();
  });

  it('asked which countries did something, looks for a country in the sentence carrying the most of the question', () => {
    const caribbean = reading('which caribbean countries voted against the proposal', 'Caribbean');
    const several = passage(
      'Videgaray needed 23 votes for the proposal, but several Caribbean countries voted against it. Venezuela left.',
    );
    expect(nameUnwritten(caribbean, [several])?.phrase).toBe('caribbean countries');
    const named = passage('Haiti and Jamaica, both Caribbean countries, voted against the proposal.');
    expect(nameUnwritten(caribbean, [several, named])).toBeNull();
  });

  it('does not take a country the question gives for one it asks', () => {
    const invited = reading('which countries did peru invite', 'Peru');
    expect(nameUnwritten(invited, [passage('Peru has invited 100 countries to the meeting.')])).not.toBeNull();
    expect(nameUnwritten(invited, [passage('Peru has invited Russia and China to the meeting.')])).toBeNull();
  });

  it('asked which city, looks among the passages quoted for a name after a word of place that is no country', () => {
    const city = reading('which mexican city were the talks held in', 'Mexican');
    const country = passage('The talks were hosted by the Government of Mexico, López Obrador stated in June—and went on.');
    expect(nameUnwritten(city, [country])?.phrase).toBe('mexican city');
    expect(nameUnwritten(city, [country, passage('The talks were held in Cancun, in Mexico.')])).toBeNull();
    // A city in a candidate that is not quoted answers only when it carries the most of the question.
    const cancun = passage('The talks were held in Cancun, in Mexico.');
    const weaker = { ...cancun, support: passageSupport({ share: 0.5, entityShare: 1 }) };
    expect(nameUnwritten(city, [country, weaker], [country])).not.toBeNull();
    expect(nameUnwritten(city, [country, cancun], [country])).toBeNull();
    // A capital is a city.
    expect(nameUnwritten(city, [passage('The talks were held in Mexico City.')])).toBeNull();
    // Asked which city of no country named, any city may be named in words the gate cannot read.
    expect(nameUnwritten(reading('which city were the talks held in', 'Mexico'), [country])).toBeNull();
  });
});
