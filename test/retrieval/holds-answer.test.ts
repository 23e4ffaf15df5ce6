import { describe, expect, it } from 'vitest';
import { holdsAnswerType } from '../../src/retrieval/holds-answer.js';

describe('holdsAnswerType', () => {
  it('finds numbers in digits or words, dates, names and reasons', () => {
    expect(holdsAnswerType('He expected 23 votes.', 'number')).toBe(true);
    expect(holdsAnswerType('Hundreds of migrants arrived.', 'number')).toBe(true);
    expect(holdsAnswerType('The meeting is on August 6.', 'date')).toBe(true);
    expect(holdsAnswerType('The ferry leaves at noon.', 'date')).toBe(true);
    expect(holdsAnswerType('It opens at 9:30 am.', 'date')).toBe(true);
    expect(holdsAnswerType('Minister Luis Videgaray spoke.', 'person')).toBe(true);
    expect(holdsAnswerType('It failed because several countries opposed it.', 'reason')).toBe(true);
    // Reasons as news writes them about markets.
    expect(holdsAnswerType('The dollar fell on fears that banks would sell.', 'reason')).toBe(true);
    expect(holdsAnswerType('Shares rose, driven by strong sales.', 'reason')).toBe(true);
    expect(holdsAnswerType('Prices rose amid a shortage.', 'reason')).toBe(true);
    expect(holdsAnswerType('The film was dropped by producers over claims it was dull.', 'reason')).toBe(true);
    expect(holdsAnswerType('He was sacked on grounds of gross misconduct.', 'reason')).toBe(true);
    expect(holdsAnswerType('The film was dropped over the summer.', 'reason')).toBe(false);
  });

  it('says no when the passage lacks that kind of fact', () => {
    expect(holdsAnswerType('The meeting went well.', 'number')).toBe(false);
    // A year, a date, an ordinal or a time is not the figure a "how many" question asks for.
    expect(holdsAnswerType('The 47th General Assembly met in Cancun in June 2017.', 'number')).toBe(false);
    expect(holdsAnswerType('The statement of March 24 and the trip on 11-15 April, at 10:30 am.', 'number')).toBe(false);
    expect(holdsAnswerType('It granted 24,000 visas in 2022.', 'number')).toBe(true);
    // An ordinal of times counts them: "blocked its application for the 21st time".
    expect(holdsAnswerType('The US blocked it for the 21st time.', 'number')).toBe(true);
    expect(holdsAnswerType('the meeting went well.', 'person')).toBe(false);
    expect(holdsAnswerType('anything', 'any')).toBe(true);
  });

  it('asks "who" and "where" for a name the question does not already give', () => {
    const givesPopolizio = (head: string) => head.toLowerCase() === 'popolizio';
    expect(holdsAnswerType("Peru's minister, Nestor Popolizio, spoke.", 'person', givesPopolizio)).toBe(false);
    expect(holdsAnswerType('Nestor Popolizio met Luis Videgaray.', 'person', givesPopolizio)).toBe(true);
    expect(holdsAnswerType('Nestor Popolizio met the OAS.', 'person', givesPopolizio)).toBe(true);
  });

  it('reads one capitalised word inside a sentence as a name, but not a sentence opener or a weekday', () => {
    expect(holdsAnswerType('The talks were hosted by Mexico.', 'place')).toBe(true);
    expect(holdsAnswerType('Talks were held on Tuesday.', 'place')).toBe(false);
  });

  it('does not take a country, its people or its capital for the person a "who" question asks for', () => {
    expect(holdsAnswerType('The talks were backed by Mexico and the United States.', 'person')).toBe(false);
    expect(holdsAnswerType('The talks were backed by Mexico and the United States.', 'place')).toBe(true);
    expect(holdsAnswerType('The talks were backed by Mexico’s Luis Videgaray.', 'person')).toBe(true);
  });
});
