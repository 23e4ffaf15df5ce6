import { readFileSync, truncateSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build.js';
import { checkEmbedderMatches } from '../../src/index/manifest.js';
import { currentBuildId, readIndex, readManifest } from '../../src/index/store.js';
import { FakeEmbedder } from '../../src/testing/fake-embedder.js';
import { seedCorpusCopy, tempDir } from '../support/temp.js';

async function build(corpus: string, indexDir: string, embedder = new FakeEmbedder()) {
  return buildIndex({ corpusPaths: [corpus], indexDir, embedder });
}

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return null;
};

describe('index store', () => {
  it('writes a build that reads back with every passage equal to its article text', async () => {
    const indexDir = tempDir();
    const { manifest } = await build(seedCorpusCopy(), indexDir);
    const index = readIndex(indexDir);
    expect(index.manifest).toEqual(manifest);
    expect(index.articles).toHaveLength(5);
    expect(index.vectors.size).toBe(index.passages.length);
    for (const p of index.passages) {
      const article = index.articles.find((a) => a.id === p.articleId)!;
      expect(article.text.slice(p.start, p.end)).toBe(p.text);
    }
    expect(manifest.embedder).toEqual({ backend: 'transformers', modelId: 'fake-hash-64', dimensions: 64 });
    expect(manifest.chunker.maxChars).toBeGreaterThan(0);
  });

  it('says to run npm run index when there is no index', () => {
    expect(codeOf(() => readIndex(tempDir()))).toBe('INDEX_MISSING');
    expect(() => readIndex(tempDir())).toThrow(/no index/);
  });

  it('refuses a truncated vector file as corrupt', async () => {
    const indexDir = tempDir();
    await build(seedCorpusCopy(), indexDir);
    const file = path.join(indexDir, 'builds', currentBuildId(indexDir)!, 'vectors.hnsw');
    truncateSync(file, 100);
    expect(codeOf(() => readIndex(indexDir))).toBe('INDEX_CORRUPT');
  });

  it('refuses a manifest that is not JSON as corrupt', async () => {
    const indexDir = tempDir();
    await build(seedCorpusCopy(), indexDir);
    writeFileSync(path.join(indexDir, 'builds', currentBuildId(indexDir)!, 'manifest.json'), '{"formatVersion": 1,');
    expect(codeOf(() => readManifest(indexDir))).toBe('INDEX_CORRUPT');
  });

  it('refuses an index built with another model than the one configured, naming both', async () => {
    const indexDir = tempDir();
    await build(seedCorpusCopy(), indexDir);
    const manifest = readManifest(indexDir);
    expect(codeOf(() => checkEmbedderMatches(manifest, 'use-lite', 'x'))).toBe('INDEX_MODEL_MISMATCH');
    expect(() => checkEmbedderMatches(manifest, 'transformers', 'Xenova/all-MiniLM-L6-v2')).toThrow(
      /fake-hash-64.*Xenova\/all-MiniLM-L6-v2/s,
    );
    expect(() => checkEmbedderMatches(manifest, 'auto', 'x')).not.toThrow();
  });

  it('keeps the previous good index when a build fails on an empty corpus', async () => {
    const indexDir = tempDir();
    const { manifest } = await build(seedCorpusCopy(), indexDir);
    await expect(build(tempDir('citebot-empty-'), indexDir)).rejects.toMatchObject({ code: 'CORPUS_EMPTY' });
    expect(currentBuildId(indexDir)).toBe(manifest.buildId);
    expect(readIndex(indexDir).articles).toHaveLength(5);
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
    const file = path.join(
      corpus,
      readdirSync(corpus).find((f) => f.startsWith('004'))!,
    );
    writeFileSync(file, readFileSync(file, 'utf8').replace('invited Russia', 'invited Russia and Brazil'));
    const embedder = new FakeEmbedder();
    const second = await build(corpus, indexDir, embedder);
    expect(second.upToDate).toBe(false);
    expect(second.reusedArticles).toBe(4);
    expect(embedder.textsEmbedded).toBeGreaterThan(0);
    expect(embedder.textsEmbedded).toBeLessThan(first.manifest.counts.passages / 4);
    const index = readIndex(indexDir);
    expect(index.passages.some((p) => p.text.includes('invited Russia and Brazil'))).toBe(true);
  });

  it('gives the same lexical index incrementally as from scratch', async () => {
    const corpus = seedCorpusCopy();
    const incremental = tempDir();
    await build(corpus, incremental);
    const file = path.join(
      corpus,
      readdirSync(corpus).find((f) => f.startsWith('001'))!,
    );
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nA new closing paragraph about the border and its migrants.\n`);
    await build(corpus, incremental);
    const fresh = tempDir();
    await build(corpus, fresh);
    const docs = (dir: string) => {
      const lexical = readIndex(dir).lexical.source;
      return [...lexical.docs].sort((a, b) => a.id.localeCompare(b.id));
    };
    expect(docs(incremental)).toEqual(docs(fresh));
  });
});

describe('index format', () => {
  it('refuses a build written in another index format and says to rebuild', async () => {
    const indexDir = tempDir();
    await build(seedCorpusCopy(), indexDir);
    const file = path.join(indexDir, 'builds', currentBuildId(indexDir)!, 'manifest.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"formatVersion": 3', '"formatVersion": 2'));
    expect(() => readManifest(indexDir)).toThrow(/index format 2.*reads format 3/);
  });
});
