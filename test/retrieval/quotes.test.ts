import { describe, expect, it } from 'vitest';
import { isVerbatim, mergeOverlapping, selectQuote } from '../../src/retrieval/quotes.js';
import { tokenize } from '../../src/text/tokenize.js';

const text =
  'Videgaray spoke at a news conference in Cancun. “Mexico’s position will not change,” said Videgaray. ' +
  'He expected to get the 23 votes he needed. Several Caribbean countries opposed it. The meeting ended late. ' +
  'Delegates left for the airport the next morning after a long week of talks.';
const whole = { start: 0, end: text.length };
const idf = () => 1;
const terms = (q: string) => new Set(tokenize(q));

describe('selectQuote', () => {
  it('picks the sentence that matches the question and returns exact article text', () => {
    const span = selectQuote(text, whole, terms('How many votes did Videgaray expect?'), idf);
    const quote = text.slice(span.start, span.end);
    expect(quote).toContain('expected to get the 23 votes');
    expect(isVerbatim(text, quote, span)).toBe(true);
  });

  it('adds the sentence before when the best one starts with a pronoun', () => {
    const span = selectQuote(text, whole, terms('23 votes needed'), idf);
    expect(text.slice(span.start, span.end).startsWith('“Mexico’s position')).toBe(true);
  });

  it('stays within the maximum length', () => {
    const span = selectQuote(text, whole, terms('Caribbean countries opposed'), idf, { maxChars: 120, minChars: 60 });
    expect(span.end - span.start).toBeLessThanOrEqual(120);
  });

  it('returns whole sentences even when nothing matches', () => {
    const span = selectQuote(text, whole, terms('sourdough bread'), idf);
    const quote = text.slice(span.start, span.end);
    expect(quote.startsWith('Videgaray spoke')).toBe(true);
    expect(quote.endsWith('.')).toBe(true);
  });

  it('stays inside the passage it was given', () => {
    const passage = { start: text.indexOf('Several'), end: text.indexOf('Delegates') - 1 };
    const span = selectQuote(text, passage, terms('votes'), idf);
    expect(span.start).toBeGreaterThanOrEqual(passage.start);
    expect(span.end).toBeLessThanOrEqual(passage.end);
  });
});

describe('mergeOverlapping', () => {
  it('merges overlapping and touching quotes so no text shows twice', () => {
    const merged = mergeOverlapping(text, [
      { start: 0, end: 50 },
      { start: 40, end: 100 },
      { start: 101, end: 140 },
    ]);
    expect(merged).toEqual([{ start: 0, end: 140 }]);
  });

  it('keeps quotes apart when real text lies between them', () => {
    expect(
      mergeOverlapping(text, [
        { start: 0, end: 20 },
        { start: 60, end: 80 },
      ]),
    ).toHaveLength(2);
  });
});

describe('isVerbatim', () => {
  it('rejects a quote that differs from the article at its offsets', () => {
    expect(isVerbatim(text, 'Mexico’s position will change', { start: 49, end: 78 })).toBe(false);
    expect(isVerbatim(text, '', { start: 0, end: 0 })).toBe(false);
  });
});
