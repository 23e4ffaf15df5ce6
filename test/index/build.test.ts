import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHROME_ONLY } from '../support/fixtures.js';
import { describe, expect, it } from 'vitest';
import { currentBuildId, readIndex } from '../../src/index/store.js';
import { FakeEmbedder } from '../../src/testing/fake-embedder.js';
import { build } from '../support/built-index.js';
import { editArticle, seedCorpusCopy, tempDir } from '../support/temp.js';

describe('buildIndex', () => {
  it('keeps the previous good index when a build fails on an empty corpus', async () => {
    const indexDir = tempDir();
    const { manifest } = await build(seedCorpusCopy(), indexDir);
    await expect(build(tempDir('citebot-empty-'), indexDir)).rejects.toMatchObject({ code: 'CORPUS_EMPTY' });
    expect(currentBuildId(indexDir)).toBe(manifest.buildId);
    expect(readIndex(indexDir).articles).toHaveLength(5);
  });

  it('refuses an index folder that is a file with FS_ERROR naming it', async () => {
    const file = path.join(tempDir(), 'index');
    writeFileSync(file, 'not a folder');
    await expect(build(seedCorpusCopy(), file)).rejects.toMatchObject({ code: 'FS_ERROR', message: expect.stringContaining(file) });
  });
});

describe('files that clean down to nothing', () => {
  it('skips a file of chrome lines with a warning instead of indexing it', async () => {
    const corpus = seedCorpusCopy();
    writeFileSync(path.join(corpus, 'chrome.md'), CHROME_ONLY);
    const indexDir = tempDir();
    const result = await build(corpus, indexDir);
    expect(result.warnings).toContainEqual({ file: 'chrome.md', reason: expect.stringMatching(/nothing but page chrome.*skipped/) });
    expect(readIndex(indexDir).articles.map((a) => a.id)).not.toContain('chrome');
  });

  it('refuses a corpus of only such files and keeps the previous index serving', async () => {
    const indexDir = tempDir();
    const { manifest } = await build(seedCorpusCopy(), indexDir);
    const corpus = tempDir('citebot-chrome-');
    writeFileSync(path.join(corpus, 'chrome.md'), CHROME_ONLY);
    await expect(build(corpus, indexDir)).rejects.toMatchObject({ code: 'CORPUS_EMPTY', hint: expect.stringMatching(/chrome\.md/) });
    expect(currentBuildId(indexDir)).toBe(manifest.buildId);
    expect(readIndex(indexDir).articles).toHaveLength(5);
  });
});

describe('pathological files', () => {
  it('cuts a 1 MB paragraph without sentence ends into bounded passages, names the file in a warning and goes on', async () => {
    const corpus = seedCorpusCopy();
    writeFileSync(path.join(corpus, 'run-on.txt'), 'lorem ipsum dolor sit amet '.repeat(40_000));
    const indexDir = tempDir();
    const result = await build(corpus, indexDir);
    expect(result.warnings).toContainEqual({
      file: 'run-on.txt',
      reason: expect.stringMatching(/without a sentence end; cut at word boundaries/),
    });
    const index = readIndex(indexDir);
    expect(index.articles).toHaveLength(6);
    expect(Math.max(...index.passages.map((p) => p.text.length))).toBeLessThanOrEqual(result.manifest.chunker.maxChars);
  });
});

describe('incremental builds', () => {
  it('reports an unchanged corpus as up to date without embedding anything', async () => {
    const indexDir = tempDir();
    const corpus = seedCorpusCopy();
    await build(corpus, indexDir);
    const embedder = new FakeEmbedder();
    const again = await build(corpus, indexDir, embedder);
    expect(again.upToDate).toBe(true);
    expect(embedder.textsEmbedded).toBe(0);
  });

  it('embeds only the passages of the article that changed', async () => {
    const indexDir = tempDir();
    const corpus = seedCorpusCopy();
    const first = await build(corpus, indexDir);
    editArticle(corpus, '004', (text) => text.replace('invited Russia', 'invited Russia and Brazil'));
    const embedder = new FakeEmbedder();
    const second = await build(corpus, indexDir, embedder);
    expect(second.upToDate).toBe(false);
    expect(second.reusedArticles).toBe(4);
    expect(embedder.textsEmbedded).toBeGreaterThan(0);
    expect(embedder.textsEmbedded).toBeLessThan(first.manifest.counts.passages / 4);
    const index = readIndex(indexDir);
    expect(index.passages.some((p) => p.text.includes('invited Russia and Brazil'))).toBe(true);
  });

  it('gives the same passages, vectors and lexical index incrementally as from scratch', async () => {
    const corpus = seedCorpusCopy();
    const incremental = tempDir();
    await build(corpus, incremental);
    editArticle(corpus, '001', (text) => `${text}\n\nA new closing paragraph about the border and its migrants.\n`);
    await build(corpus, incremental);
    const fresh = tempDir();
    await build(corpus, fresh);
    const docs = (dir: string) => {
      const lexical = readIndex(dir).lexical.source;
      return [...lexical.docs].sort((a, b) => a.id.localeCompare(b.id));
    };
    expect(docs(incremental)).toEqual(docs(fresh));
    // Unchanged articles' passages and vectors come from the previous build: they must be what a fresh build makes.
    const byId = (dir: string) => {
      const index = readIndex(dir);
      return new Map(index.passages.map((p, label) => [p.id, { ...p, vector: [...index.vectors.vector(label)] }]));
    };
    expect(byId(incremental)).toEqual(byId(fresh));
  });

  it('extends the previous graph: removed passages are never found again and every passage finds itself', async () => {
    const indexDir = tempDir();
    const corpus = seedCorpusCopy();
    const embedder = new FakeEmbedder();
    await build(corpus, indexDir, embedder);
    const removed = readIndex(indexDir).passages.filter((p) => p.articleId.startsWith('002'));
    expect(removed.length).toBeGreaterThan(0);
    rmSync(
      path.join(
        corpus,
        readdirSync(corpus).find((f) => f.startsWith('002'))!,
      ),
    );
    editArticle(corpus, '004', (text) => `${text}\n\nA closing paragraph about fishing quotas in the Baltic.\n`);
    const result = await build(corpus, indexDir, embedder);
    expect(result.graph).toEqual({ extended: true });
    const index = readIndex(indexDir);
    const gone = new Set(removed.map((p) => p.id));
    for (const passage of removed) {
      const hits = index.vectors.search(embedder.vector(passage.text), index.passages.length);
      expect(hits).toHaveLength(index.passages.length);
      expect(hits.every((h) => !gone.has(index.passages[h.label]!.id))).toBe(true);
    }
    for (const [label, passage] of index.passages.entries()) {
      expect(index.vectors.search(embedder.vector(passage.text), 1)[0]).toMatchObject({ label, score: expect.closeTo(1, 5) });
    }
  });
});
