import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedWithCache, EmbeddingCache } from '../../src/index/embedding-cache.js';
import { FakeEmbedder } from '../../src/testing/fake-embedder.js';
import { tempDir } from '../support/temp.js';

describe('EmbeddingCache', () => {
  it('embeds only texts it has not seen, across reopenings of the file', async () => {
    const file = path.join(tempDir(), 'fake.vec');
    const embedder = new FakeEmbedder();
    await embedWithCache(embedder, EmbeddingCache.open(file, 64), ['alpha beta', 'gamma delta']);
    expect(embedder.textsEmbedded).toBe(2);
    const reopened = EmbeddingCache.open(file, 64);
    const { vectors, embedded } = await embedWithCache(embedder, reopened, ['gamma delta', 'epsilon', 'alpha beta']);
    expect(embedded).toBe(1);
    expect(embedder.textsEmbedded).toBe(3);
    expect(vectors[0]).toEqual(embedder.vector('gamma delta'));
  });

  it('ignores a torn last record, so a killed build resumes from the last whole batch', async () => {
    const file = path.join(tempDir(), 'fake.vec');
    await embedWithCache(new FakeEmbedder(), EmbeddingCache.open(file, 64), ['one', 'two']);
    appendFileSync(file, Buffer.alloc(50, 7));
    expect(EmbeddingCache.open(file, 64).size).toBe(2);
  });

  it('saves each batch as it finishes and reports progress', async () => {
    const file = path.join(tempDir(), 'fake.vec');
    const seen: number[] = [];
    await embedWithCache(new FakeEmbedder(), EmbeddingCache.open(file, 64), ['a1', 'a2', 'a3', 'a4', 'a5'], {
      batchSize: 2,
      onProgress: (done) => seen.push(done, EmbeddingCache.open(file, 64).size),
    });
    expect(seen).toEqual([2, 2, 4, 4, 5, 5]);
  });
});
