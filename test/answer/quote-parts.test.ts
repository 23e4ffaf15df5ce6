import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAP_MARK, markedFocus, markedQuote, quoteParts } from '../../src/answer/quote-parts.js';
import type { Answer } from '../../src/answer/types.js';
import { formatAnswerText } from '../../src/cli/format.js';
import { renderAnswer, renderDigest } from '../../src/discord/render.js';
import { readIndex } from '../../src/index/store.js';
import { splitSentences } from '../../src/text/sentences.js';
import { answeredWith } from '../../src/testing/answers.js';
import { quotes } from '../../src/testing/discord-standin/inspect.js';
import { ROOT, SEED_CORPUS } from '../support/paths.js';
import { localService } from '../support/built-index.js';

describe('quoteParts', () => {
  it('cuts a quote at its gaps and trims the joins', () => {
    const quote = 'First paragraph.\n\nSecond paragraph.\n\nThird.';
    expect(quoteParts({ quote, gaps: [16] })).toEqual(['First paragraph.', 'Second paragraph.\n\nThird.']);
    expect(markedQuote({ quote, gaps: [16, 35] })).toBe(`First paragraph.\n${GAP_MARK}\nSecond paragraph.\n${GAP_MARK}\nThird.`);
  });

  it('leaves out what a quote skips, marking the place like a gap', () => {
    const quote = 'First paragraph. Skipped sentence. Third.';
    expect(quoteParts({ quote, gaps: [], skipped: [{ start: 17, end: 35 }] })).toEqual(['First paragraph.', 'Third.']);
    expect(markedQuote({ quote, gaps: [], skipped: [{ start: 16, end: 35 }] })).toBe(`First paragraph.\n${GAP_MARK}\nThird.`);
  });

  it('shows one mark where a skipped stretch holds a gap of its own', () => {
    const quote = 'One.\n\nTwo.\n\nThree.';
    expect(markedQuote({ quote, gaps: [9], skipped: [{ start: 4, end: 11 }] })).toBe(`One.\n${GAP_MARK}\nThree.`);
  });

  it('leaves a quote without gaps whole and ignores gaps at its edges', () => {
    expect(quoteParts({ quote: 'One span.', gaps: [] })).toEqual(['One span.']);
    expect(markedQuote({ quote: 'One span.', gaps: [0, 9] })).toBe('One span.');
  });
});

describe('markedFocus', () => {
  const quote = 'First paragraph.\n\nSecond paragraph.\n\nThird.';

  it('gives the marked quote with the focus as offsets into it, gap marks counted', () => {
    const { text, focus } = markedFocus({ quote, gaps: [16], focus: { start: 18, end: 35 } });
    expect(text).toBe(markedQuote({ quote, gaps: [16] }));
    expect(text.slice(focus!.start, focus!.end)).toBe('Second paragraph.');
  });

  it('keeps whitespace and a gap mark at its edges out of the focus', () => {
    const { text, focus } = markedFocus({ quote, gaps: [16, 35], focus: { start: 16, end: 37 } });
    expect(text.slice(focus!.start, focus!.end)).toBe('Second paragraph.');
  });

  it('has no focus when none was given or it covers the whole quote', () => {
    expect(markedFocus({ quote, gaps: [] }).focus).toBeNull();
    expect(markedFocus({ quote, gaps: [16], focus: { start: 0, end: quote.length } }).focus).toBeNull();
  });
});

/** Layout whitespace (line breaks, the blank line between paragraphs) is the renderer's; words and their order are the file's. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const files = readdirSync(SEED_CORPUS).map((f) => squash(readFileSync(path.join(SEED_CORPUS, f), 'utf8')));

/**
 * Problems with one rendered quote block: it must be one contiguous span of a corpus file, or
 * each of its gap-separated parts must be one, in file order, in the same file.
 */
function blockProblems(block: string): string[] {
  const parts = block
    .split(new RegExp(`^${GAP_MARK.replace(/[[\]]/g, '\\$&')}$`, 'm'))
    .map(squash)
    .filter((p) => p !== '');
  if (parts.length === 0) return [`empty block: ${JSON.stringify(block)}`];
  const inOrder = files.some((file) => {
    let at = 0;
    return parts.every((part) => {
      const found = file.indexOf(part, at);
      at = found + part.length;
      return found >= 0;
    });
  });
  return inOrder ? [] : [`not contiguous in any corpus file: ${JSON.stringify(block.slice(0, 300))}`];
}

/** The quote blocks of the CLI's text: a numbered first line, indented lines, up to the source line. */
function cliBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] | null = null;
  for (const line of text.split('\n')) {
    const first = /^\d+\. (.*)$/.exec(line);
    if (first) current = [first[1]!];
    else if (current && line.startsWith('   — ')) {
      blocks.push(current.join('\n'));
      current = null;
    } else if (current) current.push(line.replace(/^ {3}/, ''));
  }
  return blocks;
}

/** Questions a reader might ask: the reworded dev set, and the opening and closing words of every sentence of every article. */
function questions(articles: readonly { text: string }[]): string[] {
  const dev = readFileSync(path.join(ROOT, 'eval/dev-reworded.jsonl'), 'utf8').trim().split('\n');
  const asked = dev.map((l) => (JSON.parse(l) as { question: string }).question);
  const words = articles.flatMap((a) => splitSentences(a.text).map((s) => a.text.slice(s.start, s.end).split(/\s+/)));
  const openings = words.flatMap((w) => [w.slice(0, 9).join(' '), w.slice(-9).join(' ')]);
  return [...asked, ...openings.filter((q) => /\p{L}{3}/u.test(q))];
}

describe('quotes through the real pipeline over the seed corpus', () => {
  it('are each one span of the corpus file, or mark every gap, in the Discord render and the CLI text', async () => {
    const { indexDir, service } = await localService(SEED_CORPUS);
    const { articles } = readIndex(indexDir);
    expect(articles.some((a) => a.gaps.length > 0)).toBe(true);

    const answers: Answer[] = [];
    const asked = questions(articles);
    expect(asked.length).toBeGreaterThan(200);
    // Few passages and many: more passages means more quotes of one article merged.
    for (const q of asked) answers.push(await service.ask(q, { k: 5 }), await service.ask(q, { k: 20 }));
    // Whole articles as single quotes: the longest a quote can be, so pagination splits them.
    answers.push(
      answeredWith(
        articles.map((a) => ({
          quote: a.text,
          score: 1,
          source: a.source,
          articleId: a.id,
          passageId: a.id,
          start: 0,
          end: a.text.length,
          gaps: a.gaps,
        })),
        'everything',
      ),
    );
    const blocks = answers.flatMap((a) => [...renderAnswer(a).flatMap((m) => quotes(m.content)), ...cliBlocks(formatAnswerText(a))]);
    for (const topic of await service.topics()) {
      const digest = await service.digest(topic);
      blocks.push(...renderDigest(digest, { requestedBy: 'tester', at: new Date(0) }).flatMap((m) => quotes(m.content)));
    }

    expect(blocks.flatMap(blockProblems)).toEqual([]);
    // Merged blocks show their best passage in bold, and the check above read through it.
    expect(answers.some((a) => renderAnswer(a).some((m) => /^> .*\*\*/m.test(m.content)))).toBe(true);
    // The check has teeth: there are many blocks, gaps are crossed, and long quotes are split across messages.
    expect(blocks.length).toBeGreaterThan(2000);
    expect(blocks.filter((b) => b.includes(GAP_MARK)).length).toBeGreaterThan(10);
    // Some quotes skip sentences between their two parts, and their blocks passed the check too.
    expect(answers.some((a) => a.passages.some((p) => (p.skipped ?? []).length > 0))).toBe(true);
    expect(renderAnswer(answers.at(-1)!).some((m) => m.content.includes('(part 2/'))).toBe(true);
  }, 120_000);
});
