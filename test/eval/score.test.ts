import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import type { QaItem } from '../../src/eval/qa.js';
import { hitRank, normalizeForMatch, score } from '../../src/eval/score.js';

const source = { title: 't', outlet: null, published: null, url: null, file: 'f' };
const answer = (quotes: [string, string][], answerable = true): Answer => ({
  question: 'q',
  answerable,
  suggestions: [],
  readAs: null, language: 'en', untranslated: null,
  gap: null,
  missing: [],
  related: [],
  passages: quotes.map(([articleId, quote], i) => ({ quote, score: 1, source, articleId, passageId: `${articleId}#${i}`, start: 0, end: quote.length, gaps: [] })),
});
const ev = (id: string, evidence: string[], answerable = true): QaItem => ({ kind: 'evidence', id, question: id, evidence, answerable });

describe('normalizeForMatch', () => {
  it('ignores case, curly quotes and runs of whitespace', () => {
    expect(normalizeForMatch('Mexico’s  “Position”\n')).toBe(`mexico's "position"`);
  });
});

describe('hitRank', () => {
  it('finds the first quote containing any evidence string', () => {
    expect(hitRank(ev('a', ['23 votes']), answer([['x', 'nothing'], ['y', 'He expected to get the 23  Votes']]))).toBe(2);
  });

  it('counts only text a reader is shown, not what a quote skips', () => {
    const shown = answer([['x', 'He expected to get the 23 votes. It rained. Delegates left.']]);
    const skipping: Answer = { ...shown, passages: [{ ...shown.passages[0]!, skipped: [{ start: 32, end: 44 }] }] };
    expect(hitRank(ev('a', ['it rained']), shown)).toBe(1);
    expect(hitRank(ev('a', ['it rained']), skipping)).toBeNull();
    expect(hitRank(ev('a', ['delegates left']), skipping)).toBe(1);
  });

  it('judges doc items by the article the passage comes from', () => {
    const item: QaItem = { kind: 'doc', id: 'd', question: 'q', docId: 'y', answer: null };
    expect(hitRank(item, answer([['x', 'a'], ['x', 'b'], ['y', 'c']]))).toBe(3);
  });

  it('counts no hit for a refused answer', () => {
    expect(hitRank(ev('a', ['x']), answer([['x', 'x']], false))).toBeNull();
  });
});

describe('score', () => {
  it('computes hit@k, MRR and both abstention rates on a hand-made case', () => {
    const items = [ev('a', ['alpha']), ev('b', ['beta']), ev('c', ['gamma']), ev('d', ['delta']), ev('u1', [], false), ev('u2', [], false)];
    const answers = [
      answer([['x', 'alpha']]), // rank 1
      answer([['x', 'no'], ['x', 'no'], ['x', 'beta']]), // rank 3
      answer([['x', 'no']]), // miss
      answer([], false), // refused: a false abstention
      answer([], false), // correctly refused
      answer([['x', 'something']]), // answered an out-of-corpus question
    ];
    const m = score(items, answers);
    expect(m).toMatchObject({ n: 6, hit1: 0.25, hit3: 0.5, hit5: 0.5, abstainRecall: 0.5, falseAbstainRate: 0.25 });
    expect(m.mrr).toBeCloseTo((1 + 1 / 3) / 4);
  });

  it('reports abstain recall as null when there are no out-of-corpus questions', () => {
    expect(score([ev('a', ['x'])], [answer([['x', 'x']])]).abstainRecall).toBeNull();
  });
});
