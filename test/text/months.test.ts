import { describe, expect, it } from 'vitest';
import { isDayOrMonthName, isYear, monthNumber, YEAR } from '../../src/text/months.js';

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

describe('YEAR', () => {
  it('matches a year news writes, 1800-2099, not any four digits', () => {
    const year = new RegExp(String.raw`^${YEAR}$`);
    expect(['1848', '1989', '2022'].every((y) => year.test(y))).toBe(true);
    expect(['1750', '2150', '4000'].some((y) => year.test(y))).toBe(false);
  });
});

describe('isYear', () => {
  it('reads a year in figures, and nothing more, as a year', () => {
    expect(isYear('2019')).toBe(true);
    expect(isYear('1990s')).toBe(false);
    expect(isYear('19')).toBe(false);
  });
});
