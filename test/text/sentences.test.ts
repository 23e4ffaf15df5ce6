import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../src/text/sentences.js';
import { hostileText } from '../support/hostile.js';

describe('splitSentences', () => {
  it('returns spans that slice back to each sentence', () => {
    const text = 'Mexico will not change. Caricom called for dialogue! Why? Nobody knows.';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Mexico will not change.',
      'Caricom called for dialogue!',
      'Why?',
      'Nobody knows.',
    ]);
  });

  it('does not break after a title abbreviation such as Sen.', () => {
    const text = 'The threat came from Sen. Marco Rubio of Florida. It had no effect.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The threat came from Sen. Marco Rubio of Florida.',
      'It had no effect.',
    ]);
  });

  it('keeps U.S. inside a sentence', () => {
    const text = 'The expansion of U.S. military bases was rejected. Talks ended.';
    expect(splitSentences(text)).toHaveLength(2);
  });

  it('never breaks inside a Discord mention, whatever its form', () => {
    const text = 'The minister <@!123456789012345678>, said it was over. Then <@&1234> left! Ok <#99> and <@5>. Wow! <@!7> yes.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The minister <@!123456789012345678>, said it was over.',
      'Then <@&1234> left!',
      'Ok <#99> and <@5>.',
      'Wow!',
      '<@!7> yes.',
    ]);
  });

  it('never throws, and gives trimmed, non-empty spans in order that skip only whitespace (property)', () => {
    fc.assert(
      fc.property(hostileText(), fc.nat(1000), (text, offset) => {
        const spans = splitSentences(text, offset);
        let at = offset;
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(at);
          expect(text.slice(at - offset, start - offset).trim()).toBe('');
          const sentence = text.slice(start - offset, end - offset);
          expect(sentence).not.toBe('');
          expect(sentence).toBe(sentence.trim());
          at = end;
        }
        expect(text.slice(at - offset).trim()).toBe('');
      }),
      { numRuns: 200 },
    );
  });

  it('adds the offset to every span', () => {
    const spans = splitSentences('One. Two.', 100);
    expect(spans[0]).toEqual({ start: 100, end: 104 });
  });
});

describe('splitSentences on long input', () => {
  it('keeps 100 000 abbreviations in a row as one sentence, in linear time', () => {
    const text = 'Mr. '.repeat(100_000).trim();
    const started = performance.now();
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length }]);
    // About 0.2 s when linear; re-reading the growing sentence at every merge took minutes.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines and trims each paragraph', () => {
    const text = '  First para.\n\nSecond\nstill second.\n\n\n Third. ';
    const spans = splitParagraphs(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First para.', 'Second\nstill second.', 'Third.']);
  });
});
