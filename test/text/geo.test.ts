import { describe, expect, it } from 'vitest';
import { placeGroups } from '../../src/text/geo.js';

describe('placeGroups', () => {
  it('groups a country with its official name, demonym and capital', () => {
    const mexico = placeGroups().find((g) => g.name === 'Mexico')!;
    expect(mexico.forms).toEqual(expect.arrayContaining(['Mexico', 'Mexican', 'Mexico City', 'United Mexican States']));
  });

  it('leaves out two-letter codes, which read as ordinary words in text', () => {
    expect(placeGroups().every((g) => g.forms.every((f) => f.length > 2))).toBe(true);
  });
});
