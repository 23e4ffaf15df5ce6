import { describe, expect, it } from 'vitest';
import { dayAt, daysWritten, dayTerm } from '../../src/retrieval/days.js';

const words = (text: string) => text.split(' ').map((word) => ({ word }));

describe('dayAt', () => {
  it('reads a day of a month asked either way round, with its ending apart or not', () => {
    expect(dayAt(words('the july 30 vote'), 1)).toEqual({ month: 7, day: 30, last: 2 });
    expect(dayAt(words('on 6 august'), 1)).toEqual({ month: 8, day: 6, last: 2 });
    expect(dayAt(words('the 6 th of aug'), 1)).toEqual({ month: 8, day: 6, last: 4 });
    expect(dayAt(words('july 30th'), 0)).toEqual({ month: 7, day: 30, last: 1 });
  });

  it('reads no day in a month alone, a year, or a figure past 31', () => {
    expect(dayAt(words('the july vote'), 1)).toBeNull();
    expect(dayAt(words('july 2019'), 0)).toBeNull();
    expect(dayAt(words('43 students'), 0)).toBeNull();
    expect(dayAt(words('july 45'), 0)).toBeNull();
  });
});

describe('daysWritten', () => {
  it('finds the days a text writes, cut short or in full, before or after the month', () => {
    expect(daysWritten('The July 30 polls. 4 Jul, 2019 02:02. On the 6th of August and March 24, 2017.')).toEqual([
      dayTerm(7, 30),
      dayTerm(7, 4),
      dayTerm(8, 6),
      dayTerm(3, 24),
    ]);
  });

  it('finds none in a month and a figure apart, a month and its year, or a lower-case "may"', () => {
    expect(daysWritten('In July last year, 30% of homes had broadband.')).toEqual([]);
    expect(daysWritten('In July 2019 the group met.')).toEqual([]);
    expect(daysWritten('They may 5 times refuse.')).toEqual([]);
  });
});
