import { describe, expect, it } from 'vitest';
import { givesLength, lacksAmount, lacksLength, lacksMeasure, lacksRate, lacksTimeOfDay } from '../../src/retrieval/measure.js';

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

describe('lacksLength', () => {
  it('finds how long something lasted asked of a passage that gives only its day', () => {
    expect(lacksLength('how long did the oas meeting last', "Tuesday's Permanent Council meeting ended without a vote.")).toBe(true);
    expect(lacksLength('how long is the border', 'Pompeo will visit the border city of Cucuta on Sunday.')).toBe(true);
  });

  it('finds a length in figures or words, and asks nothing of "how long ago"', () => {
    expect(lacksLength('how long did the talks last', 'The talks ran for two hours.')).toBe(false);
    expect(lacksLength('how long was the conflict', 'After a 52-year long armed conflict, peace came.')).toBe(false);
    expect(lacksLength('how long did the summit last', 'The three-day summit closed.')).toBe(false);
    expect(lacksLength('how long is the border', 'The border runs 2,219 km.')).toBe(false);
    expect(lacksLength('how long ago did it start', 'It started on Tuesday.')).toBe(false);
    expect(lacksLength('how long is the trip', 'He will travel on 11-15 April.')).toBe(false);
  });

  it('takes the year something began for how long it has lasted', () => {
    expect(lacksLength('how long has the group existed', 'Established in 2017, the group has 14 members.')).toBe(false);
    expect(lacksLength('how long did the group meet', 'Established in 2017, the group has 14 members.')).toBe(true);
  });
});

describe('givesLength', () => {
  it('finds a span of days for "how long", which a figure does not count', () => {
    expect(givesLength('how long is the trip', 'He travels on 11-15 April.')).toBe(true);
    expect(givesLength('how long is the trip', 'He travels on Friday.')).toBe(false);
    expect(givesLength('when is the trip', 'He travels on 11-15 April.')).toBe(false);
  });
});

describe('lacksAmount', () => {
  it('finds how much asked of a passage with no amount', () => {
    expect(lacksAmount('how much does the oas spend on venezuela', 'Venezuela based much of its arguments on claims.')).toBe(true);
    expect(lacksAmount('how much did it cost', 'It took place on 11 April, with 14 states.')).toBe(true);
  });

  it('finds money, a share, or a figure with its unit', () => {
    expect(lacksAmount('how much aid did the us send', 'The US would send an additional $60 million in aid.')).toBe(false);
    expect(lacksAmount('how much oil', 'Output fell to 700,000 barrels a day.')).toBe(false);
    expect(lacksAmount('how much did prices rise', 'Prices rose 5% in May.')).toBe(false);
    expect(lacksAmount('how much did the film make', 'The film made £3.5m.')).toBe(false);
    expect(lacksAmount('how many came', 'Ten came.')).toBe(false);
  });
});

describe('lacksMeasure', () => {
  it('asks each kind of measure of the passage', () => {
    expect(lacksMeasure('what time does it start', 'It starts on Tuesday.')).toBe(true);
    expect(lacksMeasure('how long did it last', 'It lasted all night.')).toBe(false);
    expect(lacksMeasure('how many came', 'Ten came.')).toBe(false);
  });
});
