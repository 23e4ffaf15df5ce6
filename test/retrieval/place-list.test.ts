import { describe, expect, it } from 'vitest';
import { askedPlaces, asksPlaces, listsPlaces, placesIn } from '../../src/retrieval/place-list.js';

describe('asksPlaces', () => {
  it('reads a question asking which places, in the plural', () => {
    expect(asksPlaces('which countries is pompeo visiting')).toBe(true);
    expect(asksPlaces('what Caribbean nations changed their vote')).toBe(true);
    expect(asksPlaces('which country hosts the meeting')).toBe(false);
    expect(asksPlaces('how many countries signed')).toBe(false);
  });
});

describe('askedPlaces', () => {
  it('reads the places a question asks which of, with up to two words describing them', () => {
    expect(askedPlaces('which caribbean countries voted against the proposal')).toEqual({
      noun: 'countries',
      phrase: 'caribbean countries',
    });
    expect(askedPlaces('what nations back maduro')).toEqual({ noun: 'nations', phrase: 'nations' });
    expect(askedPlaces('Which country switched sides?')?.phrase).toBe('country');
  });

  it('leaves other questions alone', () => {
    expect(askedPlaces('how many countries were invited')).toBeNull();
    expect(askedPlaces('which players were picked for the country')).toBeNull();
  });
});

describe('listsPlaces', () => {
  it('reads two or more places in a row, with commas, "and", "or" and "the"', () => {
    expect(listsPlaces('Pompeo will travel to Colombia, Chile, Peru, and Paraguay on Friday.')).toBe(true);
    expect(listsPlaces('The threat to Haiti, El Salvador, and the Dominican Republic failed.')).toBe(true);
    expect(listsPlaces('Allies, including Nicaragua and Bolivia, objected.')).toBe(true);
  });

  it('does not read places apart, or names that are not places, as a list', () => {
    expect(listsPlaces('Pompeo will be visiting several partnering countries in Latin America.')).toBe(false);
    expect(listsPlaces('Mexico hosted talks. Later Peru invited Cuba to them.')).toBe(false);
    expect(listsPlaces('Pompeo, Pence and Trump spoke.')).toBe(false);
  });
});

describe('placesIn', () => {
  it('finds the runs of capitalised words that are a country, its people or its capital', () => {
    expect(placesIn("Mexico's envoy met Dominican Republic officials in Lima and Videgaray.").map((m) => m[0])).toEqual([
      "Mexico's",
      'Dominican Republic',
      'Lima',
    ]);
    expect(placesIn('Several Caribbean countries opposed it.')).toEqual([]);
  });
});
