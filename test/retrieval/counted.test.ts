import { describe, expect, it } from 'vitest';
import { countsAny } from '../../src/retrieval/count.js';
import { countedDoing, countedStems } from '../../src/retrieval/counted.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('countedStems', () => {
  it('reads what a "how many" question counts, up to its verb', () => {
    expect(countedStems('how many migrants from Chile were detained')).toEqual(tokenize('migrants from chile'));
    expect(countedStems('how many visas r they giving')).toEqual(tokenize('visas'));
    // The verb after a plural stays, a figure may stand before it; its object counts nothing.
    expect(countedStems('how many venezuelans live in colombia')).toEqual(tokenize('venezuelans live'));
    expect(countedStems('how many countries recognized guaido')).toEqual(tokenize('countries recognized'));
  });

  it('counts nothing for other questions, and anything for a word counting anyone', () => {
    expect(countedStems('how much did the deal cost')).toEqual([]);
    expect(countedStems('who went to the meeting')).toEqual([]);
    expect(countedStems('how many people were arrested')).toEqual([]);
  });

  it('counts anything for "how many times": a frequency is given in the events\' own word', () => {
    expect(countedStems('how many times did people use the search in 2004')).toEqual([]);
    expect(countedStems('how many timeshares were sold')).toEqual(tokenize('timeshares'));
  });

  it('counts anyone after a word for people, but what they did still counts: "how many people attended"', () => {
    const attended = countedStems('how many people attended the meeting');
    expect(attended).toEqual(tokenize('attended'));
    expect(countsAny('A consensus put forward by 14 states failed.', attended)).toBe(false);
    expect(countsAny('Some 3,000 delegates attended the meeting.', attended)).toBe(true);
    expect(countedStems('how many people live in china')).toEqual([]);
  });

  it('lets a light verb go after a word for people: "how many people went through" is answered by "140,000 shoppers passed through"', () => {
    const went = countedStems('how many people went through the doors');
    expect(went).toEqual([]);
    expect(countsAny('More than 140,000 shoppers were expected to have passed through the doors.', went)).toBe(true);
    expect(countedStems('how many cars went through')).toEqual(tokenize('cars'));
  });
});

describe('countedStems, other ways of asking a count', () => {
  it('reads "the number of X" and "the X count" as asking how many X', () => {
    expect(countedStems('whats the number of venezuelans in peru')).toEqual(['venezuelan', 'peru']);
    expect(countedStems('what was the vote count on the agenda')).toEqual(['vote']);
    expect(countedStems('what was the final tally')).toEqual([]);
  });
});

describe('countedDoing', () => {
  it('reads the first words of what those counted are asked to have done, adverbs aside', () => {
    expect(countedDoing('how many people with camera phones have never sent a picture message')).toEqual(['sent', 'pictur']);
    expect(countedDoing('how many people attended')).toEqual([]);
  });
});
