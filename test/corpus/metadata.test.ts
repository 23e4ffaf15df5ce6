import { describe, expect, it } from 'vitest';
import { deriveTitle, normalizePublished, readPublished, truncateAtWord } from '../../src/corpus/metadata.js';

describe('metadata helpers', () => {
  it('normalises publication dates to ISO dates and keeps partial ones', () => {
    expect(normalizePublished(new Date(Date.UTC(2019, 6, 4)))).toBe('2019-07-04');
    expect(normalizePublished('2019-07-04T23:30:00-05:00')).toBe('2019-07-04');
    expect(normalizePublished('4 July 2019')).toBe('2019-07-04');
    expect(normalizePublished('2019')).toBe('2019');
    expect(normalizePublished(2019)).toBe('2019');
    expect(normalizePublished('sometime in spring')).toBe('sometime in spring');
    expect(normalizePublished('')).toBeNull();
    expect(normalizePublished(null)).toBeNull();
  });

  it('cuts a long title at a word boundary', () => {
    expect(truncateAtWord('one two three four', 12)).toBe('one two…');
    expect(truncateAtWord('short', 12)).toBe('short');
  });

  it('derives no title from text that is all chrome', () => {
    expect(deriveTitle(', , ,\n\n* * *')).toBeNull();
  });
});

describe('readPublished', () => {
  it.each(['2021-02-30', '2021-02-29', '2021-13-45', '2019-13', '2021-04-31T10:00:00Z', 'February 30, 2021', '31 Apr 2020'])(
    'refuses %s, a day that does not exist, instead of rolling it over',
    (value) => {
      expect(readPublished(value)).toEqual({ published: null, invalid: value });
    },
  );

  it('accepts real days, leap days and partial dates, and does not invent a day for "July 2019"', () => {
    expect(['2020-02-29', '2019-04', '2019', 'July 2019', '4 July 2019'].map((v) => readPublished(v).published)).toEqual([
      '2020-02-29',
      '2019-04',
      '2019',
      '2019-07',
      '2019-07-04',
    ]);
  });
});
