import { appendFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
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

  it('cuts a torn last record off on open, so later appends start on a record boundary', async () => {
    const file = path.join(tempDir(), 'fake.vec');
    await embedWithCache(new FakeEmbedder(), EmbeddingCache.open(file, 64), ['one', 'two']);
    const whole = statSync(file).size;
    appendFileSync(file, Buffer.alloc(50, 7));
    expect(EmbeddingCache.open(file, 64).size).toBe(2);
    expect(statSync(file).size).toBe(whole);
  });

  it('heals a file cut partway through a record: re-embeds what was lost once, then nothing', async () => {
    const file = path.join(tempDir(), 'fake.vec');
    const texts = Array.from({ length: 40 }, (_, i) => `passage number ${i} about item ${i * 7}`);
    const embedder = new FakeEmbedder();
    await embedWithCache(embedder, EmbeddingCache.open(file, 64), texts.slice(0, 20));
    const twenty = statSync(file).size;
    await embedWithCache(embedder, EmbeddingCache.open(file, 64), texts.slice(20));
    const record = (statSync(file).size - twenty) / 20;
    truncateSync(file, twenty + 100); // 20 records and a torn one, as a killed build can leave
    const first = await embedWithCache(embedder, EmbeddingCache.open(file, 64), texts);
    expect(first.embedded).toBe(20);
    expect(statSync(file).size).toBe(twenty + 20 * record);
    const second = await embedWithCache(new FakeEmbedder(), EmbeddingCache.open(file, 64), texts);
    expect(second.embedded).toBe(0);
    second.vectors.forEach((v, i) => expect(v).toEqual(embedder.vector(texts[i]!)));
  });

  it.each([
    ['a vector byte', 40],
    ['a key byte', 6],
    ['a length byte', 0],
  ])('drops a record whose %s changed, and the records after it, instead of serving a wrong vector', async (_what, offset) => {
    const file = path.join(tempDir(), 'fake.vec');
    const texts = ['alpha', 'beta', 'gamma', 'delta'];
    await embedWithCache(new FakeEmbedder(), EmbeddingCache.open(file, 64), texts.slice(0, 1));
    const one = statSync(file).size;
    await embedWithCache(new FakeEmbedder(), EmbeddingCache.open(file, 64), texts.slice(1));
    const record = (statSync(file).size - one) / 3;
    const data = readFileSync(file);
    data[one + record + offset]! ^= 0xff; // inside the third record
    writeFileSync(file, data);
    const cache = EmbeddingCache.open(file, 64);
    expect(cache.size).toBe(2);
    expect(cache.get('gamma')).toBeUndefined();
    expect(statSync(file).size).toBe(one + record);
  });

  it('rebuilds a cache in the old unchecked format instead of misreading it', async () => {
    const file = path.join(tempDir(), 'fake.vec');
    const embedder = new FakeEmbedder();
    // Format 1: bare [32-byte key][64 float32] records, no header, length or checksum.
    const key = Buffer.from(EmbeddingCache.keyOf('alpha'), 'hex');
    writeFileSync(file, Buffer.concat([key, Buffer.from(embedder.vector('alpha').buffer)]));
    const { embedded, vectors } = await embedWithCache(embedder, EmbeddingCache.open(file, 64), ['alpha']);
    expect(embedded).toBe(1);
    expect(vectors[0]).toEqual(embedder.vector('alpha'));
    expect(EmbeddingCache.open(file, 64).size).toBe(1);
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
