import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/corpus/clean.js';
import { chunkArticle, chunkArticleCounted, DEFAULT_CHUNKER } from '../../src/text/chunk.js';

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

  it('cuts a paragraph without sentence ends at word boundaries, within the size limit', () => {
    const text = 'lorem ipsum dolor sit amet '.repeat(200).trim();
    const { passages, forcedCuts } = chunkArticleCounted('x', text);
    expect(forcedCuts).toBeGreaterThan(0);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(DEFAULT_CHUNKER.maxChars);
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(/\s/u.test(text[p.end] ?? ' ') && /\s/u.test(text[p.start - 1] ?? ' ')).toBe(true);
    }
    expect(passages.map((p) => p.text).join(' ')).toBe(text);
  });

  it('cuts a run with no spaces at the size limit, never inside a surrogate pair', () => {
    const text = 'x'.repeat(999) + '😀'.repeat(2000);
    const passages = chunkArticle('x', text);
    expect(passages.map((p) => p.text).join('')).toBe(text);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(DEFAULT_CHUNKER.maxChars);
      expect(p.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u);
    }
  });

  it('chunks a paragraph of 500 000 sentences without overflowing the call stack', () => {
    const passages = chunkArticle('x', 'Hi. '.repeat(500_000));
    expect(passages.length).toBeGreaterThan(1000);
  });

  it.each([
    ['of sentences', 'The minister said on Tuesday that the talks would go on. '],
    ['without punctuation', 'lorem ipsum dolor sit amet '],
    ['without spaces', 'x'],
  ])('cleans and chunks a 2 MB paragraph %s into bounded passages in linear time', (_, unit) => {
    const raw = unit.repeat(Math.ceil((2 * 1024 * 1024) / unit.length));
    const started = performance.now();
    const { text } = cleanText(raw);
    const passages = chunkArticle('x', text);
    const elapsed = performance.now() - started;
    expect(text).toBe(raw.trim());
    expect(passages.length).toBeGreaterThan(text.length / DEFAULT_CHUNKER.maxChars - 1);
    for (const p of passages) expect(p.text.length).toBeLessThanOrEqual(DEFAULT_CHUNKER.maxChars);
    expect(passages.at(-1)!.end).toBe(text.length);
    // About 0.5 s when linear; the quadratic splitter needed over a minute for this.
    expect(elapsed).toBeLessThan(10_000);
  });
});
