import { describe, expect, it } from 'vitest';
import { deriveTitle, normalizePublished, truncateAtWord } from '../../src/corpus/metadata.js';

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
