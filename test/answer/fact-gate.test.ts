import { describe, expect, it } from 'vitest';
import { countsAsked, factMissing, withArticleDates, yearMissing } from '../../src/answer/fact-gate.js';
import type { HeadPassage } from '../../src/answer/gates.js';
import { keyTerm } from '../support/key-terms.js';
import { headPassage, readingOf } from '../support/gate-inputs.js';

const reading = readingOf;
const head = headPassage;
/** A best passage carrying the question's terms as `carried` marks them (of four). */
const carrying = (text: string, carried: boolean[], typed: boolean): HeadPassage => ({
  text,
  support: { ...head('', 0, 1, typed).support, carried, share: carried.filter(Boolean).length / 4 },
});

describe('factMissing', () => {
  it('says a figure is missing when none of the passages carrying the most of the question gives one', () => {
    const q = reading('how many votes did the minister need', 'number');
    expect(factMissing(q, [head('The minister spoke.', 0.9, 1, false), head('It took 23 votes.', 0.3, 0, true)])).toBe(true);
    expect(factMissing(q, [head('The minister needed 23 votes.', 0.9, 1, true)])).toBe(false);
    expect(factMissing(reading('what did the minister need'), [head('The minister spoke.', 0.9, 1, false)])).toBe(false);
  });

  it('asks a figure of a measure asked by its name, whatever kind of answer the question word asks', () => {
    const q = reading("what were apple's quarterly earnings last year");
    expect(factMissing(q, [head('Apple and Motorola announced a music phone.', 0.9, 1, false)])).toBe(true);
    expect(factMissing(q, [head('Apple earned $1.2bn in the quarter.', 0.9, 1, true)])).toBe(false);
  });

  it('says a count is missing when the figures of the best passages count something else', () => {
    const q = reading('how many migrants live in the capital', 'number');
    expect(factMissing(q, [head('The capital hosts migrants, after a 52-year long armed conflict.', 0.9, 1, true)])).toBe(true);
    expect(factMissing(q, [head('About 20,000 migrants live in the capital.', 0.9, 1, true)])).toBe(false);
  });

  it('takes a figure counting what is asked in a passage carrying a little less of the question than the best', () => {
    const terms = [
      keyTerm('customers', { at: 2 }),
      keyTerm('details', { at: 5 }),
      keyTerm('stolen', { at: 6 }),
      keyTerm('hacker', { at: 9 }),
    ];
    const q = { ...reading('how many customers got their details stolen by the hacker', 'number'), terms };
    const best = carrying('The hacker failed to steal details of customers.', [true, true, true, true], true);
    expect(factMissing(q, [best, carrying('He took the numbers of 400 customers.', [true, false, true, true], true)])).toBe(false);
    expect(factMissing(q, [best, carrying('Some 400 customers were told.', [true, false, false, false], true)])).toBe(true);
  });

  it('needs the figure in a passage naming the most of the question’s names, not in one as close in words', () => {
    const q = reading('how many people attended the meeting in the capital', 'number');
    const elsewhere = head('About 60 people attended the meeting in Monaco.', 0.9, 0, true);
    expect(factMissing(q, [head('The meeting in the capital ended.', 0.9, 1, false), elsewhere])).toBe(true);
    expect(factMissing(q, [elsewhere])).toBe(false);
  });

  it('leaves the figure of a question led by a part asking none to the line naming what is left open', () => {
    const q = { ...reading('did lee win? what percentage does he get'), answerTypes: ['any' as const, 'number' as const] };
    expect(factMissing(q, [head('Lee won a court battle with Marvel.', 0.9, 1, false)])).toBe(false);
  });

  it('says the same of a date asked for ("when") that no such passage gives', () => {
    const q = reading('when did the wall fall', 'date');
    expect(factMissing(q, [head('Nobody thought the wall would come down.', 0.9, 1, false)])).toBe(true);
    expect(factMissing(q, [head('The wall fell in November 1989.', 0.9, 1, true)])).toBe(false);
  });

  it('does not let a light verb and its particle decide which passages carry the most of the question', () => {
    const terms = [
      keyTerm('migrants', { at: 2 }),
      keyTerm('Mexico', { entity: true, at: 4 }),
      keyTerm('take', { at: 5 }),
      keyTerm('back', { at: 6 }),
    ];
    const q = { ...reading('how many migrants did mexico take back', 'number'), terms };
    const phrase = carrying('Mexico is taking a step back on migrants.', [true, true, true, true], false);
    const count = carrying('Mexico has received hundreds of migrants.', [true, true, false, false], true);
    expect(factMissing(q, [phrase, count])).toBe(false);
    // Without the light verb the same words decide: the passage giving no figure carries more.
    const without = { ...q, terms: [terms[0]!, terms[1]!, keyTerm('expel', { at: 5 }), keyTerm('back', { at: 6 })] };
    expect(factMissing(without, [phrase, count])).toBe(true);
  });
});

describe('factMissing, the names a figure is asked of', () => {
  it("needs a name besides a year in the passage giving the figure: another country's growth is not the one asked", () => {
    const terms = [keyTerm('Vietnam', { entity: true, at: 3 }), keyTerm('2004', { entity: true, at: 8 })];
    const q = { ...reading("how fast did vietnam's economy grow in 2004", 'number'), terms };
    const carrying = (text: string, carried: boolean[]): HeadPassage => ({
      text,
      support: { ...head('', 0.5, 0.5, true).support, carried },
    });
    expect(factMissing(q, [carrying("Japan's economy grew by 0.1% in 2004.", [false, true])])).toBe(true);
    expect(factMissing(q, [carrying("Vietnam's economy grew by 7% that year.", [true, false])])).toBe(false);
  });
});

describe('factMissing, a month asked', () => {
  it('counts a passage of an article published that month as naming it, in the year asked', () => {
    const terms = [keyTerm('visas', { at: 3 }), keyTerm('October', { entity: true, at: 6 }), keyTerm('2022', { entity: true, at: 7 })];
    const q = { ...reading('how many visas in that october 2022 plan', 'number'), terms };
    const passage = (text: string, carried: boolean[], typed: boolean, published: string): HeadPassage => ({
      text,
      support: { ...head('', 1, 0, typed).support, carried, entityShare: 0 },
      published,
    });
    const monthOnly = passage('This October marked a year without talks.', [false, true, false], false, '2022-10');
    expect(factMissing(q, [passage('The plan grants 24,000 visas.', [true, false, false], true, '2022-10'), monthOnly])).toBe(false);
    expect(factMissing(q, [passage('The plan grants 24,000 visas.', [true, false, false], true, '2021-10'), monthOnly])).toBe(true);
  });

  it('counts the month carried so when judging which passages carry the most of the question', () => {
    const terms = [keyTerm('visas', { at: 3 }), keyTerm('October', { entity: true, at: 6 })];
    const q = { ...reading('how many visas in october', 'number'), terms };
    const at = (text: string, carried: boolean[], typed: boolean, share: number): HeadPassage => ({
      text,
      support: { ...head('', share, 0, typed).support, carried },
      published: '2022-10',
    });
    const figure = at('The plan grants 24,000 visas.', [true, false], true, 0.25);
    const month = at('This October marked a year of visas without talks.', [true, true], false, 1);
    expect(factMissing(q, [month, figure])).toBe(false);
  });
});

describe('countsAsked', () => {
  it('tells a figure counting what a "how many" question counts from any other figure', () => {
    const counts = countsAsked(reading('how many countries recognized guaido', 'number'));
    expect(counts?.("In February, eleven of the group's members and 14 countries recognized Guaido.")).toBe(true);
    expect(counts?.('The US was the first nation to recognize Guaido, after 100 days.')).toBe(false);
  });

  it('is null when any figure would do, as for any other question', () => {
    expect(countsAsked(reading('what did the minister say'))).toBeNull();
  });

  it('asked how many there were, takes no figure wanted; asked how many were wanted or expected, takes it', () => {
    const wanted = 'He expected to get the 23 votes he needed.';
    expect(countsAsked(reading('how many votes did the resolution get', 'number'))?.(wanted)).toBe(false);
    expect(countsAsked(reading('how many votes did he need', 'number'))?.(wanted)).toBe(true);
    expect(countsAsked(reading("how many votes did he think he'd get", 'number'))?.(wanted)).toBe(true);
  });
});

describe('yearMissing', () => {
  const year = keyTerm('2022', { entity: true, at: 5 });
  const asked = { ...reading('what did the group do in 2022'), terms: [year] };
  const dated = (carried: boolean, published: string | null): HeadPassage => ({
    ...head('The group met.', 1, 1, false),
    support: { ...head('', 1, 1, false).support, carried: [carried] },
    published,
  });

  it('finds a year that no best passage writes or is of, when each is dated', () => {
    expect(yearMissing(asked, [dated(false, '2019-08'), dated(false, '2017-06')])).toBe(true);
    expect(yearMissing(asked, [dated(false, '2019-08'), dated(true, '2019-10')])).toBe(false);
  });

  it('counts a passage of an article published that year, which speaks of it without writing it', () => {
    expect(yearMissing(asked, [dated(false, '2019-08'), dated(false, '2022-10')])).toBe(false);
  });

  it("gives a refusal's line the years a best passage's article is of", () => {
    const support = withArticleDates(asked, dated(false, '2022-10'));
    expect(support.carried).toEqual([true]);
    expect(withArticleDates(asked, dated(false, '2019-08')).carried).toEqual([false]);
  });

  it('takes a passage of an undated article as of the years it writes only', () => {
    expect(yearMissing(asked, [dated(false, '2019-08'), dated(false, null)])).toBe(true);
    expect(yearMissing(asked, [dated(false, null), dated(true, null)])).toBe(false);
  });
});
