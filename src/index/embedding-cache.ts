import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Embedder, EmbedderInfo } from '../embed/types.js';

const HASH_BYTES = 32;

/** Cache file name for one model: vectors of different models never mix. */
export function cacheFileFor(dir: string, info: EmbedderInfo): string {
  const safe = `${info.backend}-${info.modelId}-${info.dimensions}`.replace(/[^\w.-]+/g, '_');
  return path.join(dir, `${safe}.vec`);
}

/**
 * Passage vectors keyed by the sha256 of the passage text, in an append-only file of
 * [32-byte hash][dimensions × float32] records. Appending after every batch makes a long
 * embedding run resumable: a killed build loses at most one batch, and a torn last record is ignored.
 */
export class EmbeddingCache {
  private readonly vectors = new Map<string, Float32Array>();

  private constructor(
    private readonly file: string,
    private readonly dimensions: number,
  ) {}

  static open(file: string, dimensions: number): EmbeddingCache {
    const cache = new EmbeddingCache(file, dimensions);
    if (!existsSync(file)) return cache;
    const data = readFileSync(file);
    const record = HASH_BYTES + dimensions * 4;
    for (let at = 0; at + record <= data.length; at += record) {
      const key = data.subarray(at, at + HASH_BYTES).toString('hex');
      const floats = new Float32Array(dimensions);
      Buffer.from(floats.buffer).set(data.subarray(at + HASH_BYTES, at + record));
      cache.vectors.set(key, floats);
    }
    return cache;
  }

  static keyOf(text: string): string {
    return createHash('sha256').update(text).digest('hex');
  }

  get size(): number {
    return this.vectors.size;
  }

  get(text: string): Float32Array | undefined {
    return this.vectors.get(EmbeddingCache.keyOf(text));
  }

  /** Records vectors and appends them to the file before returning. */
  put(entries: readonly { text: string; vector: Float32Array }[]): void {
    if (entries.length === 0) return;
    const record = HASH_BYTES + this.dimensions * 4;
    const buffer = Buffer.alloc(record * entries.length);
    entries.forEach(({ text, vector }, i) => {
      const key = EmbeddingCache.keyOf(text);
      this.vectors.set(key, vector);
      Buffer.from(key, 'hex').copy(buffer, i * record);
      Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).copy(buffer, i * record + HASH_BYTES);
    });
    mkdirSync(path.dirname(this.file), { recursive: true });
    const fd = openSync(this.file, 'a');
    try {
      writeSync(fd, buffer);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * Embeds texts through the cache: only texts never seen before reach the model, in batches,
 * each batch saved as soon as it is done. `onProgress` gets (done, total) over the uncached texts.
 */
export async function embedWithCache(
  embedder: Embedder,
  cache: EmbeddingCache,
  texts: readonly string[],
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ vectors: Float32Array[]; embedded: number }> {
  const missing = [...new Set(texts.filter((t) => cache.get(t) === undefined))];
  const batchSize = options.batchSize ?? 64;
  for (let i = 0; i < missing.length; i += batchSize) {
    const batch = missing.slice(i, i + batchSize);
    const vectors = await embedder.embed(batch);
    cache.put(batch.map((text, j) => ({ text, vector: vectors[j]! })));
    options.onProgress?.(Math.min(i + batchSize, missing.length), missing.length);
  }
  return { vectors: texts.map((t) => cache.get(t)!), embedded: missing.length };
}
