import { describe, expect, it } from 'vitest';
import { monthNumber } from '../../src/text/months.js';

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
