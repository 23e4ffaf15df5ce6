import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVectorFiles } from '../../src/bench/ann-bench.js';
import { EmbeddingCache } from '../../src/index/embedding-cache.js';
import { tempDir } from '../support/temp.js';

describe('readVectorFiles', () => {
  it('reads the real vectors of embedding-cache files, each once, whatever their record framing', () => {
    const file = path.join(tempDir(), 'use-lite-4.vec');
    const cache = EmbeddingCache.open(file, 4);
    const a = Float32Array.from([1, 0, 0, 0]);
    const b = Float32Array.from([0, 0.6, 0.8, 0]);
    cache.put([
      { text: 'first passage', vector: a },
      { text: 'second passage', vector: b },
    ]);
    const vectors = readVectorFiles([file, file, path.join(tempDir(), 'missing.vec')], 4);
    expect(vectors.map((v) => Array.from(v))).toEqual([Array.from(a), Array.from(b)]);
  });
});
