import { describe, expect, it } from 'vitest';
import { isDayOrMonthName, monthNumber } from '../../src/text/months.js';

describe('monthNumber', () => {
  it('reads a month in full or cut short, in any case', () => {
    expect(monthNumber('August')).toBe(8);
    expect(monthNumber('sept')).toBe(9);
    expect(monthNumber('Jan')).toBe(1);
  });

  it('gives null for any other word', () => {
    expect(monthNumber('2019')).toBeNull();
    expect(monthNumber('lima')).toBeNull();
    expect(monthNumber('market')).toBeNull();
    expect(monthNumber('decision')).toBeNull();
  });
});

describe('isDayOrMonthName', () => {
  it('reads the full name of a day or a month, and nothing cut short or longer', () => {
    expect(isDayOrMonthName('Wednesday')).toBe(true);
    expect(isDayOrMonthName('june')).toBe(true);
    expect(isDayOrMonthName('Wed')).toBe(false);
    expect(isDayOrMonthName('Marcos')).toBe(false);
  });
});
