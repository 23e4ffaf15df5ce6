import { execFile } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentBuildId } from '../../src/index/store.js';
import { npmScript } from '../support/compiled.js';
import { UNSAFE_FOR_DISPLAY } from '../support/hostile.js';
import { ROOT, SEED_CORPUS } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const run = promisify(execFile);
const ASK = npmScript('ask');

/** Runs `npm run ask` the way a user does (the compiled program), against a private index folder. */
async function ask(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(ASK.command, [...ASK.args, ...args], {
      cwd: ROOT,
      env: { ...process.env, EMBEDDER: 'use-lite', ALLOW_REMOTE_MODELS: 'false', CORPUS_PATH: SEED_CORPUS, LOG_LEVEL: 'warn', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const corpusFiles = readdirSync(SEED_CORPUS).map((f) => readFileSync(path.join(SEED_CORPUS, f), 'utf8'));
const CHROME = /READ MORE|Also on rt\.com|Subscribe|©|log in or register|Updated \d+ years ago|Заголовок/;

describe('npm run ask', () => {
  let indexDir: string;
  beforeAll(() => {
    indexDir = tempDir('citebot-ask-');
  });

  it('builds the index when there is none, then quotes verbatim corpus text from several Mexico articles', async () => {
    const { code, stdout, stderr } = await ask(['What is Mexico’s policy on Venezuela?', '--json'], { INDEX_DIR: indexDir });
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/index built: 5 articles/);
    const answer = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(answer.answerable).toBe(true);
    expect(answer.passages.length).toBeGreaterThan(0);
    for (const p of answer.passages) {
      expect(corpusFiles.some((f) => f.includes(p.quote))).toBe(true);
      expect(p.quote).not.toMatch(CHROME);
      expect(Object.keys(p.source).sort()).toEqual(['file', 'outlet', 'published', 'title', 'url']);
      expect(typeof p.score).toBe('number');
    }
    const mexican = new Set(
      answer.passages.filter((p: { quote: string }) => /Mexic/.test(p.quote)).map((p: { source: { file: string } }) => p.source.file),
    );
    expect(mexican.size).toBeGreaterThanOrEqual(2);
  });

  it('prints readable text with each source under its quote and honours -k', async () => {
    const { code, stdout } = await ask(['Which countries will Pompeo visit on his Latin America trip?', '-k', '3'], {
      INDEX_DIR: indexDir,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Colombia, Chile, Peru, and Paraguay/);
    expect(stdout).toMatch(/— Sputnik International · “Pompeo Begins Latin America Tour/);
    expect((stdout.match(/^\d+\. /gm) ?? []).length).toBeLessThanOrEqual(3);
  });

  it('says plainly when the corpus has no answer', async () => {
    const { stdout } = await ask(['Who won the 2018 FIFA World Cup?', '--json'], { INDEX_DIR: indexDir });
    const answer = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(answer).toMatchObject({ answerable: false, passages: [], related: [] });
    expect(answer.gap).toMatch(/^The corpus never mentions .*FIFA World Cup\.$/);
  });

  it('names the person the corpus never mentions and shows nearby passages only as related, in JSON and text', async () => {
    const json = await ask(['what did rafael correa say abt maduro', '--json'], { INDEX_DIR: indexDir });
    const answer = JSON.parse(json.stdout.trim().split('\n').at(-1)!);
    expect(answer).toMatchObject({
      answerable: false,
      passages: [],
      missing: ['rafael correa'],
      gap: 'The corpus never mentions Rafael Correa.',
    });
    expect(answer.readAs).toBe('what did rafael correa say about maduro');
    expect(answer.related.length).toBeGreaterThan(0);
    for (const p of answer.related) expect(p.quote).toMatch(/Maduro/);
    const text = await ask(['what did rafael correa say abt maduro'], { INDEX_DIR: indexDir });
    expect(text.stdout).toMatch(
      /Read as: what did rafael correa say about maduro\n\nThe corpus never mentions Rafael Correa\.\n\nRelated passages \(they do not answer the question\):/,
    );
  });

  it('refuses an empty or enormous question with a clear message', async () => {
    const empty = await ask(['   '], { INDEX_DIR: indexDir });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/question is empty/);
    const huge = await ask(['why '.repeat(1000)], { INDEX_DIR: indexDir });
    expect(huge.code).toBe(1);
    expect(huge.stderr).toMatch(/limit is 2000/);
  });

  it('refuses an index built with another model and says what to run', async () => {
    const { code, stderr } = await ask(['What did Peru do?'], { INDEX_DIR: indexDir, EMBEDDER: 'transformers' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/built with use-lite.*npm run index -- --rebuild/s);
  });

  it('refuses a corrupt index, names the fix, and leaves it for a rebuild', async () => {
    const broken = path.join(tempDir('citebot-broken-'), 'index');
    cpSync(indexDir, broken, { recursive: true });
    const passages = path.join(broken, 'builds', currentBuildId(broken)!, 'passages.json');
    writeFileSync(passages, readFileSync(passages, 'utf8').slice(0, 500));
    const { code, stderr } = await ask(['What did Peru do?'], { INDEX_DIR: broken });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot be read.*truncated or altered.*npm run index/s);
  });

  it('lets no terminal escape from a hostile corpus reach the terminal, in text or JSON', async () => {
    const corpus = tempDir('citebot-escapes-');
    const body =
      'The harbour minister announced \x1b[2J\x1b[31ma new ferry timetable\x1b[0m for the islands on Monday. ' +
      'Details are at \x1b]8;;http://evil.example\x1b\\the port office\x1b]8;;\x1b\\ and \u202Eecivreseht\u202C.';
    writeFileSync(
      path.join(corpus, 'ferry.md'),
      `---\ntitle: "\\e[2JFerry timetable"\noutlet: "Harbour \\e]8;;x\\e\\\\News"\nurl: "javascript:alert(1)"\n---\n\n${body}\n`,
    );
    writeFileSync(path.join(corpus, '\x1b[2Jempty.md'), '');
    const env = { INDEX_DIR: path.join(tempDir('citebot-escapes-index-'), 'index'), CORPUS_PATH: corpus };
    const text = await ask(['What did the harbour minister announce about the ferry timetable?'], env);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('⟨U+001B⟩[2J⟨U+001B⟩[31ma new ferry timetable');
    expect(text.stdout).toMatch(/“⟨U\+001B⟩\[2JFerry timetable” · .* · link not shown/);
    expect(text.stderr).toContain('⟨U+001B⟩[2Jempty.md');
    const json = await ask(['What did the harbour minister announce about the ferry timetable?', '--json'], env);
    for (const out of [text.stdout, text.stderr, json.stdout, json.stderr]) expect(out).not.toMatch(UNSAFE_FOR_DISPLAY);
    // A one-article corpus may not count as an answer: its passage is then shown as related.
    const answer = JSON.parse(json.stdout.trim().split('\n').at(-1)!);
    const passage = answer.passages[0] ?? answer.related[0];
    expect(body).toContain(passage.quote);
    expect(passage.source).toMatchObject({ title: '\x1b[2JFerry timetable', url: null });
  });

  it('with SEARCH_BACKEND=postgres and the database down, says so naming DATABASE_URL, without a stack', async () => {
    const { code, stdout, stderr } = await ask(['What is Mexico’s policy on Venezuela?'], {
      INDEX_DIR: indexDir,
      SEARCH_BACKEND: 'postgres',
      DATABASE_URL: 'postgres://citebot:s3cret@127.0.0.1:9/citebot',
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^citebot: Cannot reach the search database at DATABASE_URL \(127\.0\.0\.1:9\/citebot\): ECONNREFUSED\.\n/);
    expect(stderr).not.toMatch(/\n\s+at |s3cret/);
  });
});
