import { afterAll, describe, expect, it } from 'vitest';
import { EmbedderPool } from '../../src/embed/pool.js';
import { USE_LITE_INFO, UseLiteEmbedder } from '../../src/embed/use-lite.js';
import { FakeEmbedder } from '../../src/testing/fake-embedder.js';
import { tempDir } from '../support/temp.js';

const texts = Array.from({ length: 13 }, (_, i) => `Sentence ${i} about the Lima Group and Venezuela, number ${i}.`);

describe('EmbedderPool', () => {
  const pool = new EmbedderPool({ ...USE_LITE_INFO }, { modelsDir: 'models', allowRemoteModels: false }, 2);
  afterAll(() => pool.close());

  it('returns the same vectors, in the same order, as embedding in-process', async () => {
    const expected = await new UseLiteEmbedder().embed(texts);
    const actual = await pool.embed(texts);
    expect(actual).toHaveLength(texts.length);
    actual.forEach((v, i) => v.forEach((x, j) => expect(x).toBeCloseTo(expected[i]![j]!, 6)));
  });

  it('serves calls made at once from one queue, each getting its own vectors in order', async () => {
    const expected = await new UseLiteEmbedder().embed(texts);
    const [a, b] = await Promise.all([pool.embed(texts.slice(0, 9)), pool.embed(texts.slice(9).concat(texts.slice(0, 2)))]);
    const want = [...expected.slice(0, 9), ...expected.slice(9), ...expected.slice(0, 2)];
    [...a, ...b].forEach((v, i) => v.forEach((x, j) => expect(x).toBeCloseTo(want[i]![j]!, 6)));
  });

  it('embeds a call of fewer texts than a chunk per worker in this thread when given the model here, and larger ones in the workers', async () => {
    const local = new FakeEmbedder();
    const small = new EmbedderPool({ ...USE_LITE_INFO }, { modelsDir: 'models', allowRemoteModels: false }, 1, local);
    try {
      expect(await small.embed(texts.slice(0, 7))).toEqual(texts.slice(0, 7).map((t) => local.vector(t)));
      const large = await small.embed(texts.slice(0, 9));
      expect(local.textsEmbedded).toBe(7);
      expect(large.map((v) => v.length)).toEqual(texts.slice(0, 9).map(() => USE_LITE_INFO.dimensions));
    } finally {
      await small.close();
    }
    // What share of its life the worker had work is kept past close, for benchmarks.
    expect(small.busyShare()).toBeGreaterThan(0);
    expect(small.busyShare()).toBeLessThanOrEqual(1);
  });

  it('describes the model it runs without loading anything', async () => {
    expect(await pool.describe()).toEqual(USE_LITE_INFO);
    expect(await pool.embed([])).toEqual([]);
  });

  it('passes a worker’s expected failure back with its code', async () => {
    const missing = new EmbedderPool(
      { backend: 'transformers', modelId: 'nobody/no-model', dimensions: 8 },
      { modelsDir: tempDir(), allowRemoteModels: false },
      1,
    );
    try {
      await expect(missing.embed(['hello'])).rejects.toMatchObject({ code: 'MODEL_UNAVAILABLE' });
    } finally {
      await missing.close();
    }
  });
});
