import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { isCitebotError } from '../../src/errors.js';

const LEDE = 'The river dam opened on Monday after four years of work, the regional water board said.';
const SECOND = 'Engineers said the reservoir would fill over two winters, supplying about 40,000 homes.';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-corpus-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** Writes files (string or bytes) under the temp corpus, creating folders as needed. */
async function files(entries: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(entries)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
}

/** The error a promise rejects with. */
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('should have thrown'), (e: unknown) => e);

describe('loadCorpus: text files', () => {
  it('reads YAML front matter and keeps the body exactly as written', async () => {
    const body = `Dam Opens\u00a0on Time\n\n\n${LEDE}\n\n${SECOND}`;
    await files({ 'dam.md': `---\ntitle: Dam opens on time\noutlet: The Valley Ledger\npublished: 2021-03-04\nurl: https://ledger.example/dam\n---\n${body}` });
    const { articles, warnings } = await loadCorpus(dir);
    expect(warnings).toEqual([]);
    expect(articles).toEqual([
      {
        id: 'dam',
        source: { title: 'Dam opens on time', outlet: 'The Valley Ledger', published: '2021-03-04', url: 'https://ledger.example/dam', file: 'dam.md' },
        raw: body,
        format: 'text',
      },
    ]);
  });

  it('keeps a partial date such as "2017-06" as written', async () => {
    await files({ 'a.txt': `---\npublished: 2017-06\n---\n${LEDE}` });
    expect((await loadCorpus(dir)).articles[0]!.source.published).toBe('2017-06');
  });

  it('reads a .txt without front matter and derives the title from its headline line', async () => {
    await files({ 'ferry.txt': `Ferry Service Resumes After Storm\n\n${LEDE}` });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article!.id).toBe('ferry');
    expect(article!.source).toEqual({ title: 'Ferry Service Resumes After Storm', outlet: null, published: null, url: null, file: 'ferry.txt' });
  });

  it('derives a title from the first sentence, cut at a word boundary, skipping chrome above it', async () => {
    const long = `${LEDE.slice(0, -1)} in a statement that also thanked the workers who built it over four long years. ${SECOND}`;
    await files({ 'long.txt': `, , ,\nSubscribe\n\n${long}` });
    const title = (await loadCorpus(dir)).articles[0]!.source.title;
    expect(title.startsWith('The river dam opened on Monday')).toBe(true);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(101);
  });
});

describe('loadCorpus: HTML and JSON Lines', () => {
  it('extracts the article body of an HTML page without navigation, sidebar or footer', async () => {
    await files({
      'dam.html': `<!doctype html><html><head><title>Dam Opens on Time - The Valley Ledger</title>
<meta property="og:site_name" content="The Valley Ledger"><meta property="article:published_time" content="2021-03-04T10:00:00Z">
<link rel="canonical" href="https://ledger.example/news/dam"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<main><article><h1>Dam Opens on Time</h1><p>${LEDE.replace('four years', 'four&nbsp;years')}</p>
<p>Engineers said the reservoir would fill over two winters,
   supplying about <b>40,000</b> homes.</p></article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm hits coast</a></li></ul></aside>
<footer><p>© 2021 The Valley Ledger. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`,
    });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article!.format).toBe('html');
    expect(article!.raw).toBe(`${LEDE.replace('four years', 'four\u00a0years')}\n\n${SECOND}`);
    expect(article!.source).toEqual({
      title: 'Dam Opens on Time',
      outlet: 'The Valley Ledger',
      published: '2021-03-04',
      url: 'https://ledger.example/news/dam',
      file: 'dam.html',
    });
  });

  it('reads one article per JSON line and skips a bad line with its line number', async () => {
    const good = (id: string, text: string) => JSON.stringify({ id, title: `Story ${id}`, source: 'Wire', date: '1987-02-26T15:01:01', url: null, text });
    await files({ 'wire.jsonl': [good('w-1', LEDE), '{"id": "w-2", "text": ', good('w-3', SECOND), ''].join('\n') });
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.map((a) => [a.id, a.source.file, a.source.outlet, a.source.published, a.format])).toEqual([
      ['w-1', 'wire.jsonl#w-1', 'Wire', '1987-02-26', 'jsonl'],
      ['w-3', 'wire.jsonl#w-3', 'Wire', '1987-02-26', 'jsonl'],
    ]);
    expect(warnings).toEqual([{ file: 'wire.jsonl', reason: 'line 2: not valid JSON, skipped' }]);
  });

  it('loads a 19,000-line dump (the size of Reuters-21578) in a few seconds', async () => {
    const lines = Array.from({ length: 19_000 }, (_, i) =>
      JSON.stringify({ id: `r-${i}`, title: `Story ${i}`, source: 'Wire', date: '1987-02-26T15:01:01', url: null, text: `Report ${i}. ${LEDE} ${SECOND} `.repeat(4) }),
    );
    await files({ 'dump.jsonl': `${lines.join('\n')}\n` });
    const started = Date.now();
    const { articles, warnings } = await loadCorpus(path.join(dir, 'dump.jsonl'));
    expect(warnings).toEqual([]);
    expect(articles).toHaveLength(19_000);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('loadCorpus: files that cannot be used', () => {
  it('skips binary, invalid UTF-8, empty and unknown files with a warning, and ignores dotfiles and READMEs', async () => {
    await files({
      'good.txt': LEDE,
      'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]),
      'empty.md': ' \n\n',
      'notes.pdf': 'x',
      '.DS_Store': 'x',
      'README.md': '# About this corpus',
    });
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['good']);
    expect(warnings).toEqual([
      { file: 'empty.md', reason: 'empty file, skipped' },
      { file: 'image.txt', reason: 'binary file (contains NUL bytes), skipped' },
      { file: 'latin1.txt', reason: 'not valid UTF-8 text, skipped' },
      { file: 'notes.pdf', reason: expect.stringContaining('unsupported file type ".pdf"') },
    ]);
  });

  it('skips a file that cannot be read (a dangling link) with a warning', async () => {
    await files({ 'good.txt': LEDE });
    await symlink(path.join(dir, 'gone.txt'), path.join(dir, 'broken.txt'));
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles).toHaveLength(1);
    expect(warnings).toEqual([{ file: 'broken.txt', reason: 'cannot be read (ENOENT), skipped' }]);
  });

  // Root reads files whatever their mode, so this only means something for other users.
  it.skipIf(process.getuid?.() === 0)('skips a file without read permission with a warning', async () => {
    await files({ 'good.txt': LEDE, 'secret.txt': SECOND });
    await chmod(path.join(dir, 'secret.txt'), 0o000);
    const { warnings } = await loadCorpus(dir);
    expect(warnings).toEqual([{ file: 'secret.txt', reason: 'cannot be read (EACCES), skipped' }]);
  });

  it('keeps the first of two articles with the same id or the same text', async () => {
    await files({ 'a/dam.md': LEDE, 'b/dam.txt': SECOND, 'c/copy.txt': `  ${LEDE}\n` });
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.map((a) => a.source.file)).toEqual(['a/dam.md']);
    expect(warnings).toEqual([
      { file: 'b/dam.txt', reason: 'duplicate id "dam" (already loaded from a/dam.md), skipped' },
      { file: 'c/copy.txt', reason: 'duplicate text (already loaded from a/dam.md), skipped' },
    ]);
  });
});

describe('loadCorpus: paths', () => {
  it('walks folders recursively in a fixed order', async () => {
    await files({ 'b.txt': SECOND, 'a/z.txt': 'Zeta story text here.', 'a/b/c.md': LEDE, 'A.txt': 'Upper case name.' });
    const { articles } = await loadCorpus(dir);
    expect(articles.map((a) => a.source.file)).toEqual(['A.txt', 'a/b/c.md', 'a/z.txt', 'b.txt']);
  });

  it('loads a single file given as the corpus path', async () => {
    await files({ 'one.txt': LEDE });
    const { articles } = await loadCorpus(path.join(dir, 'one.txt'));
    expect(articles.map((a) => [a.id, a.source.file])).toEqual([['one', 'one.txt']]);
  });

  it('throws CORPUS_NOT_FOUND with a hint naming CORPUS_PATH for a missing folder', async () => {
    const error = await failure(loadCorpus(path.join(dir, 'missing')));
    expect(isCitebotError(error) && error.code).toBe('CORPUS_NOT_FOUND');
    expect(isCitebotError(error) && error.hint).toContain('CORPUS_PATH');
  });

  it('throws CORPUS_EMPTY, naming what was skipped, when no article is usable', async () => {
    await files({ 'empty.txt': '', 'data.bin': 'x' });
    const error = await failure(loadCorpus(dir));
    expect(isCitebotError(error) && error.code).toBe('CORPUS_EMPTY');
    expect(isCitebotError(error) && error.hint).toContain('empty.txt: empty file');
  });

  it('throws CORPUS_EMPTY for an empty folder', async () => {
    expect(isCitebotError(await failure(loadCorpus(dir))) ? 'CORPUS_EMPTY' : 'other').toBe('CORPUS_EMPTY');
  });
});

describe('loadCorpus: values that are not what they claim', () => {
  it('reports a front-matter date that does not exist and shows the article as undated, not rolled over', async () => {
    await files({ 'feb.md': `---\ntitle: Dam\npublished: 2021-02-30\n---\n${LEDE}`, 'leap.md': `---\ntitle: Leap\npublished: 2020-02-29\n---\n${SECOND}` });
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.map((a) => [a.id, a.source.published])).toEqual([
      ['feb', null],
      ['leap', '2020-02-29'],
    ]);
    expect(warnings).toEqual([{ file: 'feb.md', reason: 'the date "2021-02-30" does not exist; the article is shown as undated' }]);
  });

  it('reports a JSON Lines date with month 13 and shows the article as undated', async () => {
    await files({ 'dump.jsonl': `${JSON.stringify({ id: 'a', date: '2021-13-45', text: LEDE })}\n${JSON.stringify({ id: 'b', date: '2021-12-31', text: SECOND })}\n` });
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.map((a) => a.source.published)).toEqual([null, '2021-12-31']);
    expect(warnings).toEqual([{ file: 'dump.jsonl#a', reason: expect.stringMatching(/"2021-13-45" does not exist/) }]);
  });

  it('removes NUL and other control characters from JSON Lines text, keeping tabs and newlines, with a warning', async () => {
    const text = `${LEDE}\u0000\u001b[2J\n\t${SECOND}\u007f`;
    await files({ 'dump.jsonl': `${JSON.stringify({ id: 'a\u0000', title: 'Dam\u0007', text })}\n${JSON.stringify({ id: 'b', text: 'Plain text.' })}\n` });
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles[0]).toMatchObject({ id: 'a', source: { title: 'Dam' }, raw: `${LEDE}[2J\n\t${SECOND}` });
    expect(warnings).toEqual([{ file: 'dump.jsonl', reason: 'control characters (such as NUL or ESC) removed from line 1' }]);
  });
});
