import { describe, expect, it } from 'vitest';
import { SEGMENT_WINDOW, sentenceSegments } from '../../src/text/segment.js';

const prose = Array.from(
  { length: 600 },
  (_, i) => `Sentence ${i} says "what?" and goes on (for a while)! ${i % 7 === 0 ? 'A U.S. official disagreed. ' : ''}`,
).join('');

describe('sentenceSegments', () => {
  it('gives the same segments as one Intl.Segmenter call over ordinary prose many windows long', () => {
    expect(prose.length).toBeGreaterThan(10 * SEGMENT_WINDOW);
    const whole = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(prose)].map(({ segment, index }) => ({
      segment,
      index,
    }));
    expect([...sentenceSegments(prose)]).toEqual(whole);
  });

  it('covers the text exactly when one sentence is longer than many windows', () => {
    const text = `Short one. ${'Word '.repeat(5 * SEGMENT_WINDOW)}end. Then more. And more.`;
    const segments = [...sentenceSegments(text)];
    expect(segments.map((s) => s.segment).join('')).toBe(text);
    expect(segments.map((s) => s.segment.trim())).toEqual([
      'Short one.',
      expect.stringMatching(/^Word .* end\.$/),
      'Then more.',
      'And more.',
    ]);
  });

  it('segments a 1 MB paragraph of sentences in linear time (one call over it took 15 s)', () => {
    const text = 'The minister said on Tuesday that the talks would go on. '.repeat(18_000);
    const started = performance.now();
    const count = Array.from(sentenceSegments(text)).length;
    expect(count).toBe(18_000);
    // Generous: about 0.1 s when linear, on a loaded machine; the quadratic version needs minutes.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
