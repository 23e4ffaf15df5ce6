import { describe, expect, it } from 'vitest';
import { rankFeatures, rerank, type RankInput, type RankerModel } from '../../src/retrieval/rerank.js';
import { passageSupport } from '../support/passage-support.js';

const input = (id: string, score: number, share: number, lead = false): RankInput => ({
  retrieved: {
    passage: { id, articleId: id.split('#')[0]!, paragraph: 0, start: 0, end: 1, text: id },
    score,
    dense: 0.5,
    lexical: score * 10,
  },
  support: passageSupport({ share, entityShare: share, contentShare: share, sentenceShare: share }),
  text: id,
  titleShare: 0,
  lead,
});
const zero = {
  fused: 0,
  dense: 0,
  lexical: 0,
  share: 0,
  entityShare: 0,
  typed: 0,
  title: 0,
  lead: 0,
  content: 0,
  sentence: 0,
  opens: 0,
  predicate: 0,
};

describe('rankFeatures', () => {
  it('scales scores within the list, so models transfer between questions', () => {
    const [a, b] = rankFeatures([input('a#0', 2, 1, true), input('b#1', 1, 0)]);
    expect(a!.slice(0, 3)).toEqual([1, 0.5, 1]);
    expect(b!.slice(0, 3)).toEqual([0.5, 0.5, 0.5]);
    expect(a![7]).toBe(1);
  });
});

describe('rerank', () => {
  it('orders by the model, keeping retrieval order on ties', () => {
    const byShare: RankerModel = { weights: { ...zero, share: 1 }, fittedOn: 'test' };
    const ranked = rerank([input('a#0', 3, 0.2), input('b#0', 2, 0.9), input('c#0', 1, 0.2)], byShare);
    expect(ranked.map((r) => r.retrieved.passage.id)).toEqual(['b#0', 'a#0', 'c#0']);
  });
});
