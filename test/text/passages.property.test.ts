/**
 * Properties of cleaning and chunking over hostile input: control, bidi and zero-width
 * characters, markdown and Discord mention syntax, lone surrogates, invalid UTF-8 and giant
 * paragraphs. Whatever comes in, nothing throws, every passage is the article text at its
 * offsets, and every passage is within the size bound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/corpus/clean.js';
import { decodeText } from '../../src/corpus/readers/decode.js';
import { readJsonlArticles } from '../../src/corpus/readers/jsonl.js';
import { readTextArticle } from '../../src/corpus/readers/text.js';
import { chunkArticle, DEFAULT_CHUNKER, type ChunkerSettings } from '../../src/text/chunk.js';

const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).concat('\u007f', '\u0085');
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const MARKDOWN = ['**', '__', '~~', '`', '```', '> ', '# ', '- ', '|', '[link](https://x.example/a_b)', '\\', '||spoiler||'];
const MENTIONS = [
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '@everyone',
  '@here',
];
const ODD = ['😀', '\ud800', '\udc00', 'é', 'e\u0301', '中文', 'Привет', '\u00a0', '\u2028', '\r\n', '\t'];
const PROSE = ['The', 'minister', 'said', 'Mr.', 'U.S.', 'talks', '2021-02-30', 'READ MORE:', 'Photo: Reuters', 'Comments', '...', '?!'];
const SEPARATORS = [' ', ' ', ' ', '. ', '.', '\n', '\n\n', '\n \n'];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 6, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROLS, ...BIDI, ...ZERO_WIDTH) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKDOWN, ...MENTIONS, ...ODD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const hostileText = fc.array(token, { maxLength: 300 }).map((tokens) => tokens.join(''));

const settings: fc.Arbitrary<ChunkerSettings> = fc
  .record({
    maxChars: fc.integer({ min: 2, max: 900 }),
    minChars: fc.integer({ min: 0, max: 400 }),
    overlapSentences: fc.integer({ min: 0, max: 3 }),
  })
  .map((s) => ({ ...s, minChars: Math.min(s.minChars, s.maxChars) }));

/** Checks every property of a cleaned text's passages; `raw` is what the cleaner was given. */
function checkPassages(raw: string, chunker: ChunkerSettings = DEFAULT_CHUNKER): void {
  const cleaned = cleanText(raw);
  for (const paragraph of cleaned.paragraphs) expect(raw.includes(paragraph)).toBe(true);
  const passages = chunkArticle('a', cleaned.text, chunker);
  let previousStart = -1;
  for (const p of passages) {
    expect(p.text).toBe(cleaned.text.slice(p.start, p.end));
    expect(p.text.length).toBeGreaterThan(0);
    expect(p.text.length).toBeLessThanOrEqual(chunker.maxChars);
    expect(p.start).toBeGreaterThan(previousStart);
    previousStart = p.start;
  }
  if (cleaned.text.trim() !== '') expect(passages.length).toBeGreaterThan(0);
}

describe('cleaning and chunking, property-based', () => {
  it('never throw, and give verbatim, bounded passages over hostile text', () => {
    fc.assert(
      fc.property(hostileText, settings, (raw, chunker) => checkPassages(raw, chunker)),
      { numRuns: 300 },
    );
  });

  it('read any bytes, valid UTF-8 or not, as a text file or a JSON Lines record without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), hostileText, (bytes, text) => {
        const decoded = decodeText(bytes);
        if (decoded.ok) {
          for (const article of readTextArticle(decoded.text, 'x.md', 'x').articles) checkPassages(article.raw);
        }
        const lossy = new TextDecoder().decode(bytes);
        const line = JSON.stringify({ id: 'a', text: `${lossy}${text}`, date: lossy.slice(0, 12) });
        const { articles } = readJsonlArticles(`${line}\n${lossy}\n`, 'x.jsonl', 'x');
        for (const article of articles) {
          expect(article.raw).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u); // eslint-disable-line no-control-regex
          checkPassages(article.raw);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stay linear on giant paragraphs: a 400 KB paragraph of any repeated fragment takes well under seconds', () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 12 }), (tokens) => {
        const unit = tokens.join('') || 'x';
        const raw = unit.repeat(Math.ceil(400_000 / unit.length));
        const started = performance.now();
        checkPassages(raw);
        // Linear work is a fraction of a second; the quadratic splitter took minutes at this size.
        expect(performance.now() - started).toBeLessThan(8000);
      }),
      { numRuns: 6 },
    );
  });
});
