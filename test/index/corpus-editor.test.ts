import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CitebotError } from '../../src/errors.js';
import { CorpusEditor } from '../../src/index/corpus-editor.js';
import { readIndex } from '../../src/index/store.js';
import { build } from '../support/built-index.js';
import { seedCorpusCopy, tempDir } from '../support/temp.js';

const article = (n: number) => ({
  fileName: `added-${n}.md`,
  body: `---\ntitle: "Added story ${n}"\n---\nStory number ${n} says that the ministers met in Lima on day ${n} and agreed on a statement about the region.\n`,
});

/** An editor over a copy of the seed corpus that builds with the fake embedder, recording overlapping builds. */
async function editor() {
  const corpus = seedCorpusCopy();
  const indexDir = tempDir();
  await build(corpus, indexDir);
  const log = { running: 0, overlapped: false, builds: 0 };
  const rebuild = async () => {
    log.running += 1;
    log.overlapped ||= log.running > 1;
    try {
      return await build(corpus, indexDir);
    } finally {
      log.running -= 1;
      log.builds += 1;
    }
  };
  return { corpus, indexDir, log, edit: new CorpusEditor(corpus, rebuild, { retry: { retryMs: 10, attempts: 3 } }) };
}

const titles = (indexDir: string) => readIndex(indexDir).articles.map((a) => a.source.title);

describe('CorpusEditor', () => {
  it('writes a new article into the corpus folder and rebuilds the index with it', async () => {
    const { corpus, indexDir, edit } = await editor();
    const result = await edit.add([article(1)]);
    expect(readFileSync(path.join(corpus, 'added-1.md'), 'utf8')).toBe(article(1).body);
    expect(result.manifest.counts.articles).toBe(6);
    expect(titles(indexDir)).toContain('Added story 1');
    expect(readdirSync(corpus).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('lands two additions made at once, one build after the other', async () => {
    const { indexDir, edit, log } = await editor();
    await Promise.all([edit.add([article(1)]), edit.add([article(2)])]);
    expect(log.overlapped).toBe(false);
    expect(titles(indexDir)).toEqual(expect.arrayContaining(['Added story 1', 'Added story 2']));
  });

  it('removes an article file and rebuilds without it', async () => {
    const { corpus, indexDir, edit } = await editor();
    const file = readdirSync(corpus)[0]!;
    const before = readIndex(indexDir).articles.length;
    await edit.remove(file);
    expect(existsSync(path.join(corpus, file))).toBe(false);
    expect(readIndex(indexDir).articles.length).toBe(before - 1);
  });

  it('refuses to overwrite a file, to leave the corpus folder, and to cut a line out of a .jsonl file', async () => {
    const { corpus, edit } = await editor();
    await edit.add([article(1)]);
    await expect(edit.add([article(1)])).rejects.toMatchObject({ code: 'UPLOAD_REJECTED' });
    await expect(edit.add([{ ...article(2), fileName: '../escape.md' }])).rejects.toMatchObject({ code: 'OPTION_INVALID' });
    expect(existsSync(path.join(corpus, '..', 'escape.md'))).toBe(false);
    await expect(edit.remove('dump.jsonl#a1')).rejects.toThrow(/one line of dump\.jsonl/);
    await expect(edit.remove('../../etc/hostname')).rejects.toMatchObject({ code: 'OPTION_INVALID' });
  });

  it('waits for another process’s build (INDEX_LOCKED) and tries again', async () => {
    let calls = 0;
    const { corpus, indexDir } = await editor();
    const edit = new CorpusEditor(
      corpus,
      async () => {
        calls += 1;
        if (calls === 1) throw new CitebotError('INDEX_LOCKED', 'busy');
        return build(corpus, indexDir);
      },
      { retry: { retryMs: 10, attempts: 3 } },
    );
    await edit.add([article(3)]);
    expect(calls).toBe(2);
  });

  it('keeps the written file and the previous index when a build fails; the next build picks the file up', async () => {
    const { corpus, indexDir } = await editor();
    const before = readIndex(indexDir).manifest.buildId;
    let pending = false;
    const marker = { get: () => pending, set: (value: boolean) => void (pending = value) };
    const dying = new CorpusEditor(corpus, () => Promise.reject(new Error('killed mid-build')), { marker });
    await expect(dying.add([article(4)])).rejects.toThrow(/killed/);
    expect(readIndex(indexDir).manifest.buildId).toBe(before);
    expect(existsSync(path.join(corpus, 'added-4.md'))).toBe(true);
    expect(pending).toBe(true);
    // The next start: a new editor finds the mark and catches up; after that there is nothing to do.
    const next = new CorpusEditor(corpus, () => build(corpus, indexDir), { marker });
    expect(await next.catchUp()).not.toBeNull();
    expect(titles(indexDir)).toContain('Added story 4');
    expect(pending).toBe(false);
    expect(await next.catchUp()).toBeNull();
  });
});
