import { describe, expect, it } from 'vitest';
import { measureFirst, wholeSentenceFirst } from '../../src/answer/sentence-first.js';
import { topPassages } from '../../src/answer/top.js';
import type { RankInput } from '../../src/retrieval/rerank.js';
import { candidate, ids } from '../support/candidate.js';
import { passageSupport } from '../support/passage-support.js';

describe('measureFirst', () => {
  const typed = (c: RankInput, on: boolean, share = 1): RankInput => ({ ...c, support: { ...c.support, typed: on, share } });

  it('puts passages giving the measure asked for, and carrying as much as the best, first', () => {
    const report = typed(candidate('a#1', 'Rooney returned to Everton.'), false);
    const preview = typed(candidate('b#1', 'Rooney left Everton in his £27m move.'), true);
    const weaker = typed(candidate('c#1', 'A £5m move.'), true, 0.5);
    expect(measureFirst([report, weaker, preview]).map((c) => c.retrieved.passage.id)).toEqual(['b#1', 'a#1', 'c#1']);
    expect(topPassages([report, weaker, preview], 3, 1, { measure: 'measure' })[0]?.retrieved.passage.id).toBe('b#1');
    expect(topPassages([report, weaker, preview], 3, 1)[0]?.retrieved.passage.id).toBe('a#1');
  });

  it('does not put first a figure of another kind than the measure asked', () => {
    const report = typed(candidate('a#1', 'Rooney returned to Everton.'), false);
    const crowd = typed(candidate('b#1', 'Rooney played before 40,000 fans at Everton.'), true);
    const money = (text: string) => /£/.test(text);
    expect(measureFirst([report, crowd], false, false, money).map((c) => c.retrieved.passage.id)).toEqual(['a#1', 'b#1']);
    expect(topPassages([report, crowd], 3, 1, { measure: 'measure', givesMeasure: money })[0]?.retrieved.passage.id).toBe('a#1');
  });

  it('among those, puts first the one whose sentence giving the measure carries the most of the question', () => {
    const sentence = (c: RankInput, typedShare: number): RankInput => ({ ...c, support: { ...c.support, typedShare } });
    const jail = sentence(typed(candidate('a#1', 'Mr Ebbers could face up to 85 years.'), true), 0.4);
    const trial = sentence(typed(candidate('b#1', 'Mr Ebbers’ trial is expected to last two months.'), true), 1);
    expect(measureFirst([jail, trial]).map((c) => c.retrieved.passage.id)).toEqual(['b#1', 'a#1']);
  });

  it('moves a date up only when the sentence giving it carries as much as the best passage', () => {
    const sentence = (c: RankInput, typedShare: number): RankInput => ({ ...c, support: { ...c.support, typedShare } });
    const report = typed(candidate('a#1', 'Nobody thought the Berlin Wall would come down.'), false);
    const film = sentence(typed(candidate('b#1', 'Wall, shown in Berlin, tells of the 1994 genocide.'), true), 0.4);
    expect(measureFirst([report, film], true).map((c) => c.retrieved.passage.id)).toEqual(['a#1', 'b#1']);
    expect(measureFirst([report, sentence(film, 1)], true).map((c) => c.retrieved.passage.id)).toEqual(['b#1', 'a#1']);
  });

  it('asked who, with no more particular order, puts first a passage whose sentence naming someone new carries the most', () => {
    const sentence = (c: RankInput, typedShare: number): RankInput => ({ ...c, support: { ...c.support, typedShare } });
    const plan = sentence(typed(candidate('a#1', 'Pompeo will hold meetings in Paraguay, the official added.'), true), 0.5);
    const meets = sentence(typed(candidate('b#1', 'Pompeo will meet Paraguayan President Abdo Benitez.'), true), 1);
    expect(topPassages([plan, meets], 3, 2, { measure: 'person' }).map((c) => c.retrieved.passage.id)).toEqual(['b#1', 'a#1']);
    // A passage naming no one may answer in other words ("a request submitted by 18 members"):
    // one naming someone moves ahead of it only when its sentence carries more than that one's best.
    const inWords = { ...typed(candidate('c#0', 'The session, requested by 18 members, met.'), false) };
    const request = { ...inWords, support: { ...inWords.support, sentenceShare: 1 } };
    expect(topPassages([request, meets], 3, 2, { measure: 'person' }).map((c) => c.retrieved.passage.id)).toEqual(['c#0', 'b#1']);
    // A more particular order comes first: the passages listing several places, asked which.
    const lists = () => true;
    expect(topPassages([plan, meets], 3, 2, { measure: 'person', lists }).map((c) => c.retrieved.passage.id)).toEqual(['a#1', 'b#1']);
  });

  it('of dates alike, puts first the one dating what is asked rather than something beside it', () => {
    const dated = (c: RankInput, on: boolean): RankInput => ({
      ...c,
      support: { ...c.support, typedShare: 1, ...(on ? { datesAsked: true } : {}) },
    });
    const coup = dated(typed(candidate('a#1', 'After the coup in April, Peru invited Russia to the next meet-up.'), true), false);
    const meeting = dated(typed(candidate('b#1', 'Peru invited 100 countries to the August 6 meeting.'), true), true);
    expect(measureFirst([coup, meeting], true).map((c) => c.retrieved.passage.id)).toEqual(['b#1', 'a#1']);
  });
});

describe('wholeSentenceFirst', () => {
  const withSentence = (id: string, sentenceShare: number) => ({
    ...candidate(id, id),
    support: passageSupport({ carried: [true], sentenceShare }),
  });

  it('puts first the first of the best three carrying every term in one sentence, when the best does not', () => {
    const ranked = [withSentence('a#0', 0.8), withSentence('a#1', 0.9), withSentence('a#2', 1), withSentence('b#0', 1)];
    expect(ids(wholeSentenceFirst(ranked))).toEqual(['a#2', 'a#0', 'a#1', 'b#0']);
  });

  it('keeps the order when the best already does, or none of the best three does', () => {
    const best = [withSentence('a#0', 1), withSentence('a#1', 1)];
    expect(ids(wholeSentenceFirst(best))).toEqual(['a#0', 'a#1']);
    const none = [withSentence('a#0', 0.8), withSentence('a#1', 0.5), withSentence('a#2', 0.9), withSentence('b#0', 1)];
    expect(ids(wholeSentenceFirst(none))).toEqual(['a#0', 'a#1', 'a#2', 'b#0']);
  });
});
