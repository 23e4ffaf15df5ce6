import { describe, expect, it } from 'vitest';
import { countryNamesIn, isBareCountryName, isPlaceName, isPlaceTerms, placeGroups } from '../../src/text/geo.js';

describe('placeGroups', () => {
  it('groups a country with its official name, demonym and capital', () => {
    const mexico = placeGroups().find((g) => g.name === 'Mexico')!;
    expect(mexico.forms).toEqual(expect.arrayContaining(['Mexico', 'Mexican', 'Mexico City', 'United Mexican States']));
  });

  it('also takes a capital by its name without trailing initials ("Washington" for "Washington D.C.")', () => {
    const us = placeGroups().find((g) => g.name === 'United States')!;
    expect(us.forms).toEqual(expect.arrayContaining(['Washington D.C.', 'Washington']));
  });

  it('leaves out two-letter codes, which read as ordinary words in text', () => {
    expect(placeGroups().every((g) => g.forms.every((f) => f.length > 2))).toBe(true);
  });
});

describe('countryNamesIn', () => {
  it('maps country names as Spanish and Portuguese write them to the English name', () => {
    expect(countryNamesIn('es').get('Estados Unidos')).toBe('United States');
    expect(countryNamesIn('es').get('Perú')).toBe('Peru');
    expect(countryNamesIn('pt').get('Espanha')).toBe('Spain');
    expect(countryNamesIn('pt').get('Brasil')).toBe('Brazil');
  });
});

describe('isPlaceName', () => {
  it('knows a country, its people and its capital, whole, by the last word or with a possessive', () => {
    expect(isPlaceName('United States')).toBe(true);
    expect(isPlaceName('Mexico’s')).toBe(true);
    expect(isPlaceName('Venezuelan')).toBe(true);
    expect(isPlaceName('Bogotá')).toBe(true);
    expect(isPlaceName('Luis Videgaray')).toBe(false);
  });
});

describe('isPlaceTerms', () => {
  it("knows a country's forms as tokenize stems them", () => {
    expect(isPlaceTerms(['unit', 'state'])).toBe(true);
    expect(isPlaceTerms(['venezuelan'])).toBe(true);
    expect(isPlaceTerms(['fed'])).toBe(false);
    expect(isPlaceTerms([])).toBe(false);
  });
});

describe('isBareCountryName', () => {
  it('knows which country names English writes without "the"', () => {
    expect(isBareCountryName('Mexico')).toBe(true);
    expect(isBareCountryName('Honduras')).toBe(true);
    expect(isBareCountryName('United States')).toBe(false);
    expect(isBareCountryName('Netherlands')).toBe(false);
    expect(isBareCountryName('Lima Group')).toBe(false);
  });
});
