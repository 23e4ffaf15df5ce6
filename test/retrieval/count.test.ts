import { describe, expect, it } from 'vitest';
import { countsAny } from '../../src/retrieval/count.js';
import { countedDoing, countedStems, countedWhere } from '../../src/retrieval/counted.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('countsAny', () => {
  const venezuelans = countedStems('how many venezuelans live in colombia');

  it('finds a figure standing just before what is counted, in digits or in words', () => {
    expect(countsAny('More than 150,000 Venezuelans were arrested.', venezuelans)).toBe(true);
    expect(countsAny('In February, eleven of the group’s members agreed.', countedStems('how many group members agreed'))).toBe(true);
    expect(countsAny('It will replace 14 million power cables.', countedStems('how many cables'))).toBe(true);
  });

  it('asked how many there were, does not count a figure wanted', () => {
    const votes = countedStems('how many votes did the resolution get');
    const wanted = 'Videgaray said he expected to get the 23 votes he needed to approve the proposal.';
    expect(countsAny(wanted, votes, [], [], true)).toBe(false);
    expect(countsAny(wanted, votes)).toBe(true);
    expect(countsAny('The resolution got 20 votes.', votes, [], [], true)).toBe(true);
  });

  it('does not count a figure of something else, or a year', () => {
    expect(countsAny('Colombia, after a 52-year long armed conflict, hosts Venezuelans.', venezuelans)).toBe(false);
    expect(countsAny('In 2019 Venezuelans left.', venezuelans)).toBe(false);
    expect(
      countsAny(
        'Venezuela began to attack the others one by one, targeting Brazil, Colombia and Peru.',
        countedStems('how many countries did venezuela attack'),
      ),
    ).toBe(false);
  });

  it('does not take a share for a count', () => {
    const companies = countedStems('how many companies did the firm survey');
    expect(countsAny('90% of those companies questioned had no idea.', companies)).toBe(false);
    expect(countsAny('Some 40 percent of companies agreed.', companies)).toBe(false);
    expect(countsAny('The firm asked 150 companies.', companies)).toBe(true);
  });

  it('counts votes for "the vote count": a figure of something else is none', () => {
    expect(countsAny('The statement was signed by 20 nations.', countedStems('what was the vote count'))).toBe(false);
    expect(countsAny('He expected to get the 23 votes he needed.', countedStems('what was the vote count'))).toBe(true);
  });

  it('takes a share of what is counted doing just what was asked for an answer', () => {
    const question = 'how many people with camera phones have never sent a picture message';
    const [stems, doing] = [countedStems(question), countedDoing(question)];
    expect(countsAny('36% of British camera phone users have never sent a multimedia message.', stems, [], doing)).toBe(true);
    expect(countsAny('36% of British camera phone users own a printer.', stems, [], doing)).toBe(false);
  });

  it('does not take a figure ending a name for a count, but one after a month or a possessive', () => {
    const copies = countedStems('how many copies did half-life 2 sell');
    expect(countsAny('Valve denied it spread fake Half-Life 2 keys, copies of the game.', copies)).toBe(false);
    const members = countedStems('how many members recognized guaido');
    expect(countsAny('In February, eleven of the group’s members recognized Guaido.', members)).toBe(true);
    expect(countsAny('Peru’s 150,000 members voted.', members)).toBe(true);
  });

  it('does not take the number of a list item for a count', () => {
    const countries = countedStems('how many countries are in the oas');
    expect(countsAny('4. The Caribbean countries are split.', countries)).toBe(false);
    expect(countsAny('Votes changed.\n 2) Three countries abstained.', countries)).toBe(true);
  });

  it('reads where a count is asked of, and needs the figure in a sentence naming that place', () => {
    expect(countedWhere('how many venezuelans are in peru')).toEqual(tokenize('peru'));
    expect(countedWhere('how many migrants live in the capital now')).toEqual(tokenize('the capital now'));
    expect(countedWhere('how many countries recognized guaido')).toEqual([]);
    const venezuelans = countedStems('how many venezuelans are in peru');
    const peru = [tokenize('peru'), tokenize('peruvian')];
    const exodus = 'Peru invited Russia. The meeting will address the exodus of hundreds of thousands of Venezuelans.';
    expect(countsAny(exodus, venezuelans, [peru])).toBe(false);
    expect(countsAny(exodus, venezuelans)).toBe(true);
    expect(countsAny('Some 800,000 Venezuelans now live in Peruvian cities.', venezuelans, [peru])).toBe(true);
  });

  it('counts any figure for anyone asked of a place, beside the place, and no day of a month or idiom', () => {
    const china = [[tokenize('china')]];
    expect(countsAny('Net users number 100m, in a country of 1.3 billion people. China grows.', [], china)).toBe(false);
    expect(countsAny('China has 1.3 billion people.', [], china)).toBe(true);
    expect(countsAny('The envoy visits China on 11-15 April.', [], china)).toBe(false);
    expect(countsAny('They attacked China one by one, and at one point left.', [], china)).toBe(false);
    // A span of time made a word is an age or a length, not a count.
    expect(countsAny('China stressed its 52-year long conflict and a three-day summit.', [], china)).toBe(false);
    expect(countsAny('China, a 12-year-old state, has 40 provinces.', [], china)).toBe(true);
    // Asked how many there are in all, a part answers nothing.
    expect(countsAny('In China, four of these countries changed their position.', tokenize('countries'), china)).toBe(false);
    expect(countsAny('Four of these countries changed their position.', tokenize('countries'))).toBe(true);
  });

  it('accepts any passage when nothing is counted', () => {
    expect(countsAny('No figure here.', [])).toBe(true);
  });
});
