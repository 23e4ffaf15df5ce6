import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentBuildId, readIndex } from '../../src/index/store.js';
import { build } from '../support/built-index.js';
import { codeOf } from '../support/error-code.js';
import { editArticle, seedCorpusCopy, tempDir } from '../support/temp.js';

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

  it('refuses a CURRENT that points outside the index folder before following it', async () => {
    const indexDir = tempDir();
    const elsewhere = tempDir();
    await build(seedCorpusCopy(), indexDir);
    const { manifest } = await build(seedCorpusCopy(), elsewhere);
    const escape = path.relative(path.join(indexDir, 'builds'), path.join(elsewhere, 'builds', manifest.buildId));
    expect(existsSync(path.join(indexDir, 'builds', escape, 'manifest.json'))).toBe(true);
    writeFileSync(path.join(indexDir, 'CURRENT'), escape);
    expect(() => readIndex(indexDir)).toThrow(
      expect.objectContaining({ code: 'INDEX_CORRUPT', message: expect.stringMatching(/CURRENT file does not hold a build id/) }),
    );
  });

  it('refuses garbage bytes in CURRENT without echoing them, and a rebuild repairs the pointer', async () => {
    const indexDir = tempDir();
    const corpus = seedCorpusCopy();
    await build(corpus, indexDir);
    writeFileSync(path.join(indexDir, 'CURRENT'), Buffer.from('\x1b[2J\x1b]8;;http://evil.example\x07\xff\xfe\x00', 'latin1'));
    let message = '';
    expect(() => {
      try {
        readIndex(indexDir);
      } catch (error) {
        message = `${(error as Error).message} ${(error as { hint?: string }).hint}`;
        throw error;
      }
    }).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
    expect([...message].some((c) => c.charCodeAt(0) < 0x20 || c === '\ufffd')).toBe(false);
    expect(message).not.toContain('evil');
    const { manifest } = await build(corpus, indexDir);
    expect(currentBuildId(indexDir)).toBe(manifest.buildId);
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

  it('refuses a CURRENT pointer that is a folder with FS_ERROR naming it, not a stack trace', async () => {
    const indexDir = tempDir();
    await build(seedCorpusCopy(), indexDir);
    const pointer = path.join(indexDir, 'CURRENT');
    rmSync(pointer);
    mkdirSync(pointer);
    for (const read of [() => currentBuildId(indexDir), () => readIndex(indexDir)]) {
      expect(read).toThrow(expect.objectContaining({ code: 'FS_ERROR', message: expect.stringContaining(pointer) }));
    }
    await expect(build(seedCorpusCopy(), indexDir)).rejects.toMatchObject({
      code: 'FS_ERROR',
      hint: expect.stringMatching(/Move that folder away/),
    });
  });

  it('reads a format 3 build (no slots: each passage in the slot of its position) and extends it in the next build', async () => {
    const indexDir = tempDir();
    const corpus = seedCorpusCopy();
    await build(corpus, indexDir);
    // Rewrite the build as format 3 wrote it: no graph record beside the passages, no file times.
    const dir = path.join(indexDir, 'builds', currentBuildId(indexDir)!);
    const stored = JSON.parse(readFileSync(path.join(dir, 'passages.json'), 'utf8')) as { graph?: unknown };
    delete stored.graph;
    const text = JSON.stringify(stored);
    writeFileSync(path.join(dir, 'passages.json'), text);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      formatVersion: number;
      files: Record<string, { sha256: string; bytes: number; mtimeNs?: string }>;
    };
    manifest.formatVersion = 3;
    for (const record of Object.values(manifest.files)) delete record.mtimeNs;
    manifest.files['passages.json'] = { sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) };
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));

    const old = readIndex(indexDir);
    expect(old.manifest.formatVersion).toBe(3);
    expect(old.vectors.search(old.vectors.vector(7), 1)[0]).toMatchObject({ label: 7 });
    editArticle(corpus, '003', (t) => `${t}\n\nA closing paragraph about harbour tariffs and fishing boats.\n`);
    const next = await build(corpus, indexDir);
    expect(next.graph).toEqual({ extended: true });
    const index = readIndex(indexDir);
    expect(index.manifest.formatVersion).toBe(4);
    for (const label of [0, 7, index.passages.length - 1]) {
      expect(index.vectors.search(index.vectors.vector(label), 1)[0]).toMatchObject({ label, score: expect.closeTo(1, 5) });
    }
  });
});
