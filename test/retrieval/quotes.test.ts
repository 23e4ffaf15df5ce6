import { describe, expect, it } from 'vitest';
import { isVerbatim, selectQuote } from '../../src/retrieval/quotes.js';
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

  it("asked about a story named first, picks by what is asked beyond the article's headline", () => {
    const settings = { maxChars: 60, minChars: 10, otherPartChars: 0 };
    const story = 'Winn-Dixie filed for bankruptcy in Florida. The grocer owes Kraft Foods the most.';
    const asked = terms('winn dixie bankruptcy - who does it owe the most');
    const quote = (headline: string) => {
      const span = selectQuote(story, { start: 0, end: story.length }, asked, idf, settings, { storyFirst: true }, headline);
      return story.slice(span.start, span.end);
    };
    expect(quote('')).toBe('Winn-Dixie filed for bankruptcy in Florida.');
    expect(quote('Winn-Dixie files for bankruptcy')).toBe('The grocer owes Kraft Foods the most.');
    // Not asked about a story named first: the sentence naming the headline's subject may answer.
    const plain = selectQuote(story, { start: 0, end: story.length }, asked, idf, settings, {}, 'Winn-Dixie files for bankruptcy');
    expect(story.slice(plain.start, plain.end)).toBe('Winn-Dixie filed for bankruptcy in Florida.');
  });

  it('stays within the maximum length', () => {
    const span = selectQuote(text, whole, terms('Caribbean countries opposed'), idf, { maxChars: 120, minChars: 60, otherPartChars: 0 });
    expect(span.end - span.start).toBeLessThanOrEqual(120);
  });

  it('returns whole sentences even when nothing matches', () => {
    const span = selectQuote(text, whole, terms('sourdough bread'), idf);
    const quote = text.slice(span.start, span.end);
    expect(quote.startsWith('Videgaray spoke')).toBe(true);
    expect(quote.endsWith('.')).toBe(true);
  });

  // What a sentence adds, as a caller judges it (answer/other-part.ts): here, the query terms it
  // carries that the quote so far lacks, against all the query's terms.
  const adds = (query: Set<string>) => (shown: string, sentence: string) => {
    const have = new Set(tokenize(shown));
    return tokenize(sentence).filter((t) => query.has(t) && !have.has(t)).length / query.size;
  };

  it('adds a sentence further on that answers the other part of the question, skipping the text between', () => {
    const query = terms('How many votes did Videgaray expect, and when did delegates head to the airport?');
    const span = selectQuote(text, whole, query, idf, undefined, { adds: adds(query) });
    const shown = [text.slice(span.start, span.skipped[0]!.start), text.slice(span.skipped[0]!.end, span.end)];
    expect(shown[0]).toContain('23 votes');
    expect(shown[1]).toBe('Delegates left for the airport the next morning after a long week of talks.');
    expect(text.slice(span.skipped[0]!.start, span.skipped[0]!.end)).toContain('The meeting ended late.');
  });

  it('adds no other part when the caller does not judge what sentences add', () => {
    const query = terms('How many votes did Videgaray expect, and when did delegates head to the airport?');
    expect(selectQuote(text, whole, query, idf).skipped).toEqual([]);
  });

  it('adds no other part for a sentence that adds too little of the question', () => {
    const query = terms('votes Videgaray expected needed spoke conference position change airport');
    expect(selectQuote(text, whole, query, idf, undefined, { adds: adds(query) }).skipped).toEqual([]);
  });

  it('takes no other part longer than the setting allows', () => {
    const query = terms('votes Videgaray needed; delegates airport');
    const settings = { maxChars: 480, minChars: 140, otherPartChars: 40 };
    expect(selectQuote(text, whole, query, idf, settings, { adds: adds(query) }).skipped).toEqual([]);
    expect(selectQuote(text, whole, query, idf, undefined, { adds: adds(query) }).skipped).toHaveLength(1);
  });

  it('stays inside the passage it was given', () => {
    const passage = { start: text.indexOf('Several'), end: text.indexOf('Delegates') - 1 };
    const span = selectQuote(text, passage, terms('votes'), idf);
    expect(span.start).toBeGreaterThanOrEqual(passage.start);
    expect(span.end).toBeLessThanOrEqual(passage.end);
  });
});

describe('isVerbatim', () => {
  it('rejects a quote that differs from the article at its offsets', () => {
    expect(isVerbatim(text, 'Mexico’s position will change', { start: 49, end: 78 })).toBe(false);
    expect(isVerbatim(text, '', { start: 0, end: 0 })).toBe(false);
  });
});
