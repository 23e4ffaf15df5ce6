import { describe, expect, it } from 'vitest';
import { lacksRate, lacksTimeOfDay } from '../../src/retrieval/measure.js';

describe('lacksRate', () => {
  it('asks a rate of a passage that gives only counts', () => {
    const passage = 'The exodus of hundreds of thousands of Venezuelans was spawned by soaring inflation.';
    expect(lacksRate('what was the inflation rate in 2019', passage)).toBe(true);
    expect(lacksRate('what percentage of venezuelans left', 'Some 499 in the same period left.')).toBe(true);
  });

  it('finds a rate written as a percentage or a ratio, and asks nothing of other figures', () => {
    expect(lacksRate('what was the inflation rate', 'Inflation reached 130,060 percent.')).toBe(false);
    expect(lacksRate('what was the unemployment rate', 'Unemployment fell to 4.7%.')).toBe(false);
    expect(lacksRate('what percentage of voters backed him', 'One in three voters backed him.')).toBe(false);
    expect(lacksRate('how many venezuelans left', 'Hundreds of thousands left.')).toBe(false);
  });
});

describe('lacksTimeOfDay', () => {
  it('finds a time of day asked for that a passage with only a year or a date does not give', () => {
    expect(lacksTimeOfDay('what time does the meeting start', 'Established in 2017, the group meets in August.')).toBe(true);
    expect(lacksTimeOfDay('what time does the meeting start', 'The meeting starts at 10:30 on Tuesday.')).toBe(false);
    expect(lacksTimeOfDay('when does the meeting start', 'Established in 2017.')).toBe(false);
  });
});
