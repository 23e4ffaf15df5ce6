import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Embedder, EmbedderInfo } from '../embed/types.js';
import { guardFs } from './fs-errors.js';

/**
 * Format 2 starts with this header; a file without it (format 1, or anything else) is discarded
 * and rebuilt, since format 1 records cannot be checked.
 */
const MAGIC = Buffer.from('citebot-vec\x002\n', 'latin1');
const HASH_BYTES = 32;
const LENGTH_BYTES = 4;
const CHECK_BYTES = 8;

/** Cache file name for one model: vectors of different models never mix. */
export function cacheFileFor(dir: string, info: EmbedderInfo): string {
  const safe = `${info.backend}-${info.modelId}-${info.dimensions}`.replace(/[^\w.-]+/g, '_');
  return path.join(dir, `${safe}.vec`);
}

/** The checksum of a record: over its key and vector together, so a vector cannot pass under another key. */
const checksum = (keyAndVector: Buffer) => createHash('sha256').update(keyAndVector).digest().subarray(0, CHECK_BYTES);

/**
 * Passage vectors keyed by the sha256 of the passage text, in an append-only file: a header, then
 * records of [u32 payload length][32-byte key][dimensions × float32][8-byte checksum of key and
 * vector]. Appending after every batch makes a long embedding run resumable. A killed build can
 * leave a torn record, and a disk can flip bytes: on open, everything from the first record that
 * fails its length or checksum is cut off the file, so those texts are embedded again and later
 * appends start on a record boundary.
 */
export class EmbeddingCache {
  private readonly vectors = new Map<string, Float32Array>();

  private constructor(
    private readonly file: string,
    private readonly dimensions: number,
  ) {}

  /** Bytes of one record's key and vector (the part its length field counts and its checksum covers). */
  private get payload(): number {
    return HASH_BYTES + this.dimensions * 4;
  }

  static open(file: string, dimensions: number): EmbeddingCache {
    const cache = new EmbeddingCache(file, dimensions);
    guardFs(file, () => cache.load());
    return cache;
  }

  /** Every valid record: key (hex) and vector. */
  entries(): IterableIterator<[string, Float32Array]> {
    return this.vectors.entries();
  }

  /** Reads every valid record and cuts the file after the last one (or empties it if its header is not ours). */
  private load(): void {
    if (!existsSync(this.file)) return;
    const data = readFileSync(this.file);
    if (data.length < MAGIC.length || !data.subarray(0, MAGIC.length).equals(MAGIC)) {
      if (data.length > 0) truncateSync(this.file, 0);
      return;
    }
    const payload = this.payload;
    let at = MAGIC.length;
    while (at + LENGTH_BYTES + payload + CHECK_BYTES <= data.length && data.readUInt32LE(at) === payload) {
      const body = data.subarray(at + LENGTH_BYTES, at + LENGTH_BYTES + payload);
      if (!checksum(body).equals(data.subarray(at + LENGTH_BYTES + payload, at + LENGTH_BYTES + payload + CHECK_BYTES))) break;
      const floats = new Float32Array(this.dimensions);
      Buffer.from(floats.buffer).set(body.subarray(HASH_BYTES));
      this.vectors.set(body.subarray(0, HASH_BYTES).toString('hex'), floats);
      at += LENGTH_BYTES + payload + CHECK_BYTES;
    }
    if (at < data.length) truncateSync(this.file, at);
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

  /** Records vectors and appends them to the file (in one write, flushed) before returning. */
  put(entries: readonly { text: string; vector: Float32Array }[]): void {
    if (entries.length === 0) return;
    const size = LENGTH_BYTES + this.payload + CHECK_BYTES;
    const buffer = Buffer.alloc(size * entries.length);
    entries.forEach(({ text, vector }, i) => {
      if (vector.length !== this.dimensions)
        throw new Error(`a ${vector.length}-dimensional vector for a ${this.dimensions}-dimensional cache`);
      const at = i * size;
      buffer.writeUInt32LE(this.payload, at);
      Buffer.from(EmbeddingCache.keyOf(text), 'hex').copy(buffer, at + LENGTH_BYTES);
      Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).copy(buffer, at + LENGTH_BYTES + HASH_BYTES);
      checksum(buffer.subarray(at + LENGTH_BYTES, at + LENGTH_BYTES + this.payload)).copy(buffer, at + LENGTH_BYTES + this.payload);
    });
    guardFs(this.file, () => this.append(buffer));
    entries.forEach(({ text, vector }) => this.vectors.set(EmbeddingCache.keyOf(text), vector));
  }

  private append(records: Buffer): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const fd = openSync(this.file, 'a');
    try {
      const fresh = fstatSync(fd).size === 0;
      // A new file gets its header in the same write as its first records.
      writeSync(fd, fresh ? Buffer.concat([MAGIC, records]) : records);
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
  const batches: string[][] = [];
  for (let i = 0; i < missing.length; i += batchSize) batches.push(missing.slice(i, i + batchSize));
  // The next batch is submitted before this one is saved, so a pool of workers never waits on the file.
  let next = batches.length > 0 ? embedder.embed(batches[0]!) : null;
  try {
    for (const [b, batch] of batches.entries()) {
      const vectors = await next!;
      next = b + 1 < batches.length ? embedder.embed(batches[b + 1]!) : null;
      cache.put(batch.map((text, j) => ({ text, vector: vectors[j]! })));
      options.onProgress?.(Math.min((b + 1) * batchSize, missing.length), missing.length);
    }
  } finally {
    next?.catch(() => {}); // Failing before it was awaited: the first error is the one thrown.
  }
  return { vectors: texts.map((t) => cache.get(t)!), embedded: missing.length };
}
