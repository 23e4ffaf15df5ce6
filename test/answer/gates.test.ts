import { describe, expect, it } from 'vitest';
import {
  factMissing,
  noSubject,
  previewOnly,
  speakerSilent,
  withArticleYear,
  yearMissing,
  type HeadPassage,
} from '../../src/answer/gates.js';
import type { KeyTerm, QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import { tokenize } from '../../src/text/tokenize.js';
import { keyTerm } from '../support/key-terms.js';
import { passageSupport } from '../support/passage-support.js';

const reading = (searchText: string, answerType: QuestionAnalysis['answerType'] = 'any'): QuestionAnalysis => ({
  searchText,
  corrections: [],
  terms: [],
  answerType,
  answerTypes: answerType === 'any' ? [] : [answerType],
  related: [],
});
const head = (text: string, share: number, entityShare: number, typed: boolean): HeadPassage => ({
  text,
  support: passageSupport({ share, entityShare, typed }),
});

describe('noSubject', () => {
  const term = (text: string, entity = false) => keyTerm(text, { entity });
  const withTerms = (...terms: KeyTerm[]) => ({ ...reading('q'), terms });

  it('finds a question with no name and only light words, or none at all', () => {
    expect(noSubject(withTerms(term('happened')))).toBe(true);
    expect(noSubject(withTerms(term('news'), term('update')))).toBe(true);
    expect(noSubject(withTerms())).toBe(true);
  });

  it('leaves a question naming someone, or asking about a thing, alone', () => {
    expect(noSubject(withTerms(term('happened'), term('Guaido', true)))).toBe(false);
    expect(noSubject(withTerms(term('news'), term('inflation')))).toBe(false);
  });
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

  it('needs the figure in a passage naming the most of the question’s names, not in one as close in words', () => {
    const q = reading('how many people attended the meeting in the capital', 'number');
    const elsewhere = head('About 60 people attended the meeting in Monaco.', 0.9, 0, true);
    expect(factMissing(q, [head('The meeting in the capital ended.', 0.9, 1, false), elsewhere])).toBe(true);
    expect(factMissing(q, [elsewhere])).toBe(false);
  });

  it('says the same of a date asked for ("when") that no such passage gives', () => {
    const q = reading('when did the wall fall', 'date');
    expect(factMissing(q, [head('Nobody thought the wall would come down.', 0.9, 1, false)])).toBe(true);
    expect(factMissing(q, [head('The wall fell in November 1989.', 0.9, 1, true)])).toBe(false);
  });
});

describe('previewOnly', () => {
  const asked = reading('what did the envoy say after meeting the minister');
  it('finds an outcome question whose best naming passages only look ahead', () => {
    expect(previewOnly(asked, [head('The envoy will meet the minister on Friday.', 1, 1, true)], undefined)).toBe(true);
    expect(previewOnly(asked, [head('The envoy said the talks went well.', 1, 1, true)], undefined)).toBe(false);
  });

  it('reads only the passages naming the most of what is asked about', () => {
    const passages = [head('The envoy will meet the minister on Friday.', 1, 1, true), head('Talks were held last year.', 0.2, 0, true)];
    expect(previewOnly(asked, passages, undefined)).toBe(true);
  });

  it('reads every best passage of an article published before the month asked about as looking ahead', () => {
    const august = reading('what happened at the august meeting');
    const told = (published: string) => ({ ...head('The minister told reporters about the August 6 meeting.', 1, 1, true), published });
    expect(previewOnly(august, [told('2019-07-04')], undefined)).toBe(true);
    expect(previewOnly(august, [told('2019-07-04'), told('2019-08-20')], undefined)).toBe(false);
    expect(previewOnly(reading('what happened at the meeting'), [told('2019-07-04')], undefined)).toBe(false);
  });

  it('finds "did X do Y" answered only by passages where Y stands ahead, but not by a light verb', () => {
    const resubmit = {
      ...reading('did the envoy resubmit the proposal'),
      terms: [keyTerm('resubmit', { alternatives: [tokenize('resubmit')] })],
    };
    expect(previewOnly(resubmit, [head('The envoy said he will resubmit the proposal.', 1, 1, true)], undefined)).toBe(true);
    expect(previewOnly(resubmit, [head('The envoy resubmitted the proposal on Monday.', 1, 1, true)], undefined)).toBe(false);
    // "for resubmitting" is what the date is for: the act asked about is giving one ("did not set a date").
    const forResubmitting = {
      ...reading('did the envoy give a date for resubmitting'),
      terms: [keyTerm('resubmitting', { alternatives: [tokenize('resubmitting')], at: 7 })],
    };
    expect(previewOnly(forResubmitting, [head('The envoy said he will resubmit the proposal.', 1, 1, true)], undefined)).toBe(false);
    const get = { ...reading('did anyone get hurt'), terms: [keyTerm('get', { alternatives: [tokenize('get')] })] };
    expect(previewOnly(get, [head('Customers would get new cords.', 1, 1, true)], undefined)).toBe(false);
  });

  it('leaves a question about plans alone, and reads a translated question as typed', () => {
    const plans = [head('The envoy will meet the minister on Friday.', 1, 1, true)];
    expect(previewOnly(reading('who will the envoy meet'), plans, undefined)).toBe(false);
    expect(
      previewOnly(reading('envoy gathered with minister'), plans, { text: 'el enviado se reunió con el ministro', language: 'es' }),
    ).toBe(true);
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
    const support = withArticleYear(asked, dated(false, '2022-10'));
    expect(support.carried).toEqual([true]);
    expect(withArticleYear(asked, dated(false, '2019-08')).carried).toEqual([false]);
  });

  it('takes a passage of an undated article as of the years it writes only', () => {
    expect(yearMissing(asked, [dated(false, '2019-08'), dated(false, null)])).toBe(true);
    expect(yearMissing(asked, [dated(false, null), dated(true, null)])).toBe(false);
  });
});

describe('speakerSilent', () => {
  const term = (text: string) => keyTerm(text, { entity: true, at: 2 });
  const naming = (text: string): HeadPassage => ({
    ...head(text, 1, 1, false),
    support: { ...head('', 1, 1, false).support, carried: [true] },
  });

  it('names who the passages only speak about', () => {
    const asked = { ...reading('what did trump say about sanctions'), terms: [term('trump')] };
    expect(speakerSilent(asked, [naming('Sanctions imposed by the Trump administration hurt.')])?.who[0]?.text).toBe('trump');
    expect(speakerSilent(asked, [naming('Sanctions hurt.'), naming('Trump said sanctions work.')])).toBeNull();
  });

  it('asks them to speak in a passage naming what they were asked about', () => {
    const asked = { ...reading('what did maduro say about peru'), terms: [term('maduro'), keyTerm('peru', { entity: true, at: 5 })] };
    const carrying = (text: string, carried: boolean[]): HeadPassage => ({ ...naming(text), support: { ...naming('').support, carried } });
    const apart = [carrying('Maduro said the coup failed.', [true, false]), carrying('Peru invited 100 countries.', [false, true])];
    expect(speakerSilent(asked, apart)).toMatchObject({ who: [{ text: 'maduro' }], about: [{ text: 'peru' }] });
    expect(speakerSilent(asked, [...apart, carrying('Maduro told Peru to leave.', [true, true])])).toBeNull();
  });

  it('leaves out a country, which speaks through its officials, and a name no passage carries', () => {
    expect(
      speakerSilent({ ...reading('what did colombia say'), terms: [term('colombia')] }, [naming('Colombia was attacked.')]),
    ).toBeNull();
    const asked = { ...reading('what did trump say'), terms: [term('trump')] };
    expect(speakerSilent(asked, [{ ...naming('Sanctions hurt.'), support: { ...naming('').support, carried: [false] } }])).toBeNull();
  });

  it('leaves out a body named after a place, which speaks through its members ("the lima group")', () => {
    const asked = { ...reading('what did the lima group say'), terms: [term('lima'), keyTerm('group', { entity: true, at: 4 })] };
    const both: HeadPassage = { ...naming('The Lima Group met.'), support: { ...naming('').support, carried: [true, true] } };
    expect(speakerSilent(asked, [both])).toBeNull();
  });

  it('matches the speaker by whole words: "us" is not asked about in "what did business say"', () => {
    expect(speakerSilent({ ...reading('what did business say'), terms: [term('us')] }, [naming('The US was attacked.')])).toBeNull();
  });
});
