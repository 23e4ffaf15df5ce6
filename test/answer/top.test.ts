import { describe, expect, it } from 'vitest';
import { postAsked } from '../../src/answer/post-gate.js';
import { listsFirst, speakersFirst, topPassages } from '../../src/answer/top.js';
import type { QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import type { RankInput } from '../../src/retrieval/rerank.js';
import { keyTerm } from '../support/key-terms.js';
import { passageSupport } from '../support/passage-support.js';
import { candidate, ids } from '../support/candidate.js';

const reading = (searchText: string): QuestionAnalysis => ({
  searchText,
  corrections: [],
  terms: [keyTerm('venezuela', { entity: true, at: 5, alternatives: [['venezuela'], ['venezuelan']] })],
  answerType: 'person',
  answerTypes: ['person'],
  related: [],
});

describe('topPassages', () => {
  const ranked = [
    candidate('a#0', 'The Mexican president spoke at length today about the crisis in Venezuela.'),
    candidate('a#1', 'Venezuela was discussed.'),
    candidate('b#0', 'Venezuelan President Nicolas Maduro replied.'),
  ];

  it('keeps rank order, at most `cap` per article, and k in all', () => {
    expect(ids(topPassages(ranked, 1, 5, { post: postAsked(reading('what did venezuela say')) }))).toEqual(['a#0', 'b#0']);
    expect(ids(topPassages(ranked, 3, 2, { post: postAsked(reading('what did venezuela say')) }))).toEqual(['a#0', 'a#1']);
  });

  it('puts first the passages naming the post a question asks who holds, beside its country', () => {
    expect(ids(topPassages(ranked, 3, 3, { post: postAsked(reading('who is the president of venezuela')) }))).toEqual([
      'b#0',
      'a#0',
      'a#1',
    ]);
  });
});

describe('topPassages, asked how many', () => {
  it('puts first the passages whose figure counts what is asked, in rank order', () => {
    const first = candidate('a#0', 'The US was the first nation to recognize Guaido.');
    const eleven = candidate('b#0', "In February, eleven of the group's members recognized Guaido.");
    const counts = (text: string) => /eleven/.test(text);
    expect(ids(topPassages([first, eleven], 3, 2, { counts }))).toEqual(['b#0', 'a#0']);
    expect(ids(topPassages([first, eleven], 3, 2, { counts: null }))).toEqual(['a#0', 'b#0']);
  });
});

describe('topPassages, asked who holds a post of no one named', () => {
  it('puts first the passages naming its holder, in rank order', () => {
    const alone = candidate('a#0', 'The home secretary spoke today.');
    const named = candidate('b#0', 'Home Secretary Charles Clarke spoke today.');
    const holders = (text: string) => /Clarke/.test(text);
    expect(ids(topPassages([alone, named], 3, 2, { holders }))).toEqual(['b#0', 'a#0']);
  });
});

describe('topPassages, asked who came by an outcome', () => {
  it('puts first the passages reporting it, in rank order', () => {
    const field = candidate('a#0', 'The Aviator leads the Bafta field with 14 nominations, including best film.');
    const declared = candidate('b#0', 'The Aviator was declared best film.');
    const reports = (text: string) => /declared/.test(text);
    expect(ids(topPassages([field, declared], 3, 2, { reports }))).toEqual(['b#0', 'a#0']);
    expect(ids(topPassages([field, declared], 3, 2, { reports: null }))).toEqual(['a#0', 'b#0']);
  });
});

describe('speakersFirst', () => {
  it('puts the passages in which who is asked about speaks first, in rank order', () => {
    const attack = candidate('a#0', 'Venezuela attacked Colombia.');
    const reply = candidate('a#1', 'Colombia stressed its thanks.');
    const speaks = (text: string) => text.includes('stressed');
    expect(ids(speakersFirst([attack, reply], speaks))).toEqual(['a#1', 'a#0']);
    expect(ids(topPassages([attack, reply], 1, 1, { speaks }))).toEqual(['a#1']);
    expect(ids(topPassages([attack, reply], 1, 1))).toEqual(['a#0']);
  });

  it('puts first, of all, the passages in which they speak of what is asked where they speak', () => {
    const context = candidate('a#0', 'His statements come after the visa plan.');
    const other = candidate('a#1', 'The president asked that the situation be normalized.');
    const view = candidate('a#2', 'The president considered that the permits will help.');
    const speaks = (text: string) => /statements|asked/.test(text);
    const ofTopic = (c: RankInput) => c.retrieved.passage.id === 'a#2';
    expect(ids(speakersFirst([context, other, view], speaks, ofTopic))).toEqual(['a#2', 'a#0', 'a#1']);
    expect(ids(speakersFirst([context, other, view], speaks))).toEqual(['a#0', 'a#1', 'a#2']);
  });
});

describe('listsFirst', () => {
  it('puts the passages listing places first when they name what the best-ranked names', () => {
    const vague = candidate('a#0', 'He will be visiting several partnering countries.');
    const list = candidate('a#1', 'He will travel to Colombia, Chile and Peru.');
    const lists = (text: string) => text.includes(',');
    expect(ids(listsFirst([vague, list], lists))).toEqual(['a#1', 'a#0']);
    expect(ids(topPassages([vague, list], 2, 1, { lists }))).toEqual(['a#1']);
    const unnamed = { ...list, support: passageSupport({ carried: [false], entityShare: 0 }) };
    expect(ids(listsFirst([vague, unnamed], lists))).toEqual(['a#0', 'a#1']);
  });

  it('puts no list first that lacks a word every best-ranked passage carries', () => {
    const on = (id: string, text: string, carried: boolean[]) => ({
      ...candidate(id, text),
      support: passageSupport({ carried, entityShare: 1 }),
    });
    const patent = [
      on('a#0', 'Poland opposed the EU patent law.', [true, true]),
      on('b#0', 'The EU patent law stalled.', [true, true]),
      on('d#0', 'EU patent rules wait.', [true, true]),
    ];
    const other = on('c#0', 'The EU watches China, Ukraine and Russia for fakes.', [true, false]);
    const lists = (text: string) => text.includes(',');
    expect(ids(listsFirst([...patent, other], lists))).toEqual(['a#0', 'b#0', 'd#0', 'c#0']);
    const named = on('c#0', 'The EU patent law is opposed by Poland, Italy and Spain.', [true, true]);
    expect(ids(listsFirst([...patent, named], lists))).toEqual(['c#0', 'a#0', 'b#0', 'd#0']);
  });
});

describe('topPassages, asked who someone is', () => {
  it('puts the passages introducing them first, in rank order', () => {
    const named = candidate('a#0', 'The US recognized Guaido.');
    const introduced = candidate('b#0', 'Opposition leader Juan Guaido spoke.');
    const introduces = (text: string) => text.includes('leader');
    expect(ids(topPassages([named, introduced], 1, 2, { introduces }))).toEqual(['b#0', 'a#0']);
    expect(ids(topPassages([named, introduced], 1, 2))).toEqual(['a#0', 'b#0']);
  });
});
