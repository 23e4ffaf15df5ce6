import { describe, expect, it } from 'vitest';
import { chromeLines, evidenceRank, isVerbatim, partsOf, rankMetrics } from '../../src/bench/returned-check.js';
import { cleanText } from '../../src/corpus/clean.js';
import type { QaItem } from '../../src/eval/qa.js';

const RAW = [
  '---',
  'title: "Talks resume"',
  '---',
  'Share on Facebook',
  '',
  'The ministers met in Cancun on Monday to resume the talks.',
  '',
  'Read more: Oil prices fall again',
  '',
  'They agreed to meet again within a month, officials said.',
].join('\n');
const BODY = RAW.split('---\n').at(-1)!;
const source = { raw: RAW, cleaned: cleanText(BODY, { title: 'Talks resume' }).text };

describe('isVerbatim', () => {
  it('accepts a text found in the source file up to whitespace, and each part of a gapped quote on its own', () => {
    expect(isVerbatim({ text: 'The ministers met   in Cancun\non Monday', articleId: 'a' }, source)).toBe(true);
    const quote = 'The ministers met in Cancun on Monday to resume the talks.\n\nThey agreed to meet again';
    expect(isVerbatim({ text: quote, articleId: 'a', gaps: [quote.indexOf('\n\nThey')] }, source)).toBe(true);
    expect(isVerbatim({ text: quote, articleId: 'a' }, source)).toBe(false);
  });

  it('rejects a text with a word the source does not have', () => {
    expect(isVerbatim({ text: 'The ministers met in Tulum on Monday', articleId: 'a' }, source)).toBe(false);
  });
});

describe('chromeLines', () => {
  it('names front matter, share buttons and cross-links that the cleaner drops, and passes clean lines', () => {
    expect(cleanText(BODY).text).not.toContain('Share on Facebook');
    const chunk = RAW.slice(RAW.indexOf('title:'));
    const lines = chromeLines({ text: chunk, articleId: 'a' }, source);
    expect(lines).toEqual(expect.arrayContaining(['title: "Talks resume"', 'Share on Facebook', 'Read more: Oil prices fall again']));
    expect(lines).not.toContain('They agreed to meet again within a month, officials said.');
    expect(chromeLines({ text: 'met in Cancun on Monday to resume the talks.', articleId: 'a' }, source)).toEqual([]);
  });
});

describe('evidenceRank and rankMetrics', () => {
  const item: QaItem = { kind: 'evidence', id: 'q', question: 'where?', evidence: ['met in Cancun'], answerable: true };
  it('ranks the first text holding an evidence phrase, ignoring case and line breaks', () => {
    const texts = ['Nothing here.', 'The ministers MET in\nCancun.'].map((text) => ({ text, articleId: 'a' }));
    expect(evidenceRank(item, texts)).toBe(2);
    expect(evidenceRank(item, [])).toBeNull();
  });

  it('scores hit@1, hit@5 and MRR with misses counted as zero', () => {
    expect(rankMetrics([1, 2, null, 5])).toEqual({ n: 4, hit1: 0.25, hit5: 0.75, mrr: (1 + 0.5 + 0 + 0.2) / 4 });
  });
});

describe('partsOf', () => {
  it('splits at gap offsets and drops blank parts', () => {
    expect(partsOf('ab\n\ncd', [2])).toEqual(['ab', '\n\ncd']);
    expect(partsOf('ab')).toEqual(['ab']);
  });
});
