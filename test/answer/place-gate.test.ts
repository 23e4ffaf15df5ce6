import { describe, expect, it } from 'vitest';
import type { HeadPassage } from '../../src/answer/gates.js';
import { placesUnwritten } from '../../src/answer/place-gate.js';
import type { QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import { namedReading } from '../support/gate-inputs.js';
import { passageSupport } from '../support/passage-support.js';

const reading = namedReading;
const passage = (text: string, entityShare = 1): HeadPassage => ({ text, support: passageSupport({ share: entityShare, entityShare }) });
/** The place gate's finding, the quoted passages being the candidates unless given. */
const nameUnwritten = (q: QuestionAnalysis, pool: readonly HeadPassage[], head: readonly HeadPassage[] = pool) =>
  placesUnwritten(q, pool, head).nameless;

describe('placesUnwritten', () => {
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

  it('gates no question asking no places, or which city of no country named', () => {
    expect(placesUnwritten(reading('who sued snoop dogg', 'Snoop Dogg'), [], []).gated).toBe(false);
    expect(placesUnwritten(reading('which city were the talks held in', 'Mexico'), [], []).gated).toBe(false);
  });
});
