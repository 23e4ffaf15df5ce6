import { describe, expect, it } from 'vitest';
import type { HeadPassage } from '../../src/answer/gates.js';
import { nameUnwritten } from '../../src/answer/name-gate.js';
import { namedReading } from '../support/gate-inputs.js';
import { passageSupport } from '../support/passage-support.js';

const reading = namedReading;
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
});
