import { describe, expect, it } from 'vitest';
import { chunkArticle, DEFAULT_CHUNKER } from '../../src/text/chunk.js';

const sentence = (i: number) => `Sentence number ${i} talks about the Lima Group and its members at some length.`;
const longParagraph = Array.from({ length: 20 }, (_, i) => sentence(i)).join(' ');

describe('chunkArticle', () => {
  it('gives passages whose text is the article text at their offsets', () => {
    const text = `Short lede.\n\n${longParagraph}\n\nA closing paragraph of moderate size that ends here.`;
    for (const p of chunkArticle('a', text)) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('keeps every passage within the size limit when sentences allow it', () => {
    for (const p of chunkArticle('a', longParagraph)) expect(p.text.length).toBeLessThanOrEqual(DEFAULT_CHUNKER.maxChars);
  });

  it('repeats one sentence between consecutive passages of a long paragraph', () => {
    const passages = chunkArticle('a', longParagraph);
    expect(passages.length).toBeGreaterThan(1);
    const lastOfFirst = passages[0]!.text.split('. ').at(-1)!;
    expect(passages[1]!.text.startsWith(lastOfFirst.replace(/\.$/, ''))).toBe(true);
  });

  it('cuts only at sentence ends', () => {
    for (const p of chunkArticle('a', longParagraph)) {
      expect(p.text.startsWith('Sentence number')).toBe(true);
      expect(p.text.endsWith('length.')).toBe(true);
    }
  });

  it('joins short paragraphs into one passage and records the first paragraph index', () => {
    const text = 'Para one is short.\n\nPara two is short.\n\nPara three is short.';
    const passages = chunkArticle('x', text);
    expect(passages).toHaveLength(1);
    expect(passages[0]).toMatchObject({ id: 'x#0', articleId: 'x', paragraph: 0, start: 0, end: text.length });
  });

  it('does not join a long paragraph onto the one before it', () => {
    const first =
      'A paragraph long enough to stand on its own, since it goes well past the minimum size that the chunker asks for before it closes a block of text and starts another one.';
    const text = `${first}\n\n${sentence(1)}`;
    const passages = chunkArticle('x', text, { ...DEFAULT_CHUNKER, minChars: 100 });
    expect(passages.map((p) => p.paragraph)).toEqual([0, 1]);
  });

  it('returns nothing for empty text', () => {
    expect(chunkArticle('x', '')).toEqual([]);
  });
});
