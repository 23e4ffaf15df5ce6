import { describe, expect, it } from 'vitest';
import { USE_LITE_INFO, UseLiteEmbedder } from '../../src/embed/use-lite.js';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);
const embedder = new UseLiteEmbedder();

describe('UseLiteEmbedder', () => {
  it('describes itself as 512-dimension universal-sentence-encoder-lite', async () => {
    expect(await embedder.describe()).toEqual({ backend: 'use-lite', modelId: 'universal-sentence-encoder-lite', dimensions: 512 });
    expect(await embedder.describe()).toEqual(USE_LITE_INFO);
  });

  it('returns unit-length 512-dimension vectors, one per text', async () => {
    const vectors = await embedder.embed(['Mexico asked the OAS to act.', 'A short one.']);
    expect(vectors).toHaveLength(2);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v).toHaveLength(512);
      expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    }
  });

  it('scores similar sentences higher than unrelated ones', async () => {
    const [mexico, oas, recipe] = await embedder.embed([
      'Mexico urged the Organization of American States to mediate the crisis in Venezuela.',
      'The OAS was asked by the Mexican government to help resolve the Venezuelan political dispute.',
      'Whisk the flour, sugar and butter, then bake the cake for forty minutes.',
    ]);
    expect(dot(mexico!, oas!)).toBeGreaterThan(0.5);
    expect(dot(mexico!, oas!)).toBeGreaterThan(dot(mexico!, recipe!) + 0.3);
  });

  it('gives the same vectors in batches as one text at a time', async () => {
    const texts = [
      'Oil prices rose.',
      'The election in Venezuela was disputed by the opposition and several neighbours.',
      'Talks',
      'Cake.',
      'Markets fell',
    ];
    const batched = await new UseLiteEmbedder({ batchSize: 3 }).embed(texts);
    for (const [i, text] of texts.entries()) {
      const [alone] = await embedder.embed([text]);
      expect(dot(batched[i]!, alone!)).toBeGreaterThan(1 - 1e-5);
    }
  });

  it('keeps one vector per text when a text is empty (the model would drop it)', async () => {
    const vectors = await embedder.embed(['hello', '', 'world']);
    expect(vectors).toHaveLength(3);
    expect(Math.hypot(...vectors[1]!)).toBeCloseTo(1, 5);
    expect(await embedder.embed([''])).toHaveLength(1);
  });

  it('returns vectors in input order although it batches texts by length', async () => {
    const texts = [
      'A much longer sentence about the Lima Group meeting in August and who was invited to it.',
      'Short one.',
      'Medium length text on Mexico.',
    ];
    const embedder = new UseLiteEmbedder({ batchSize: 2 });
    const together = await embedder.embed(texts);
    for (let i = 0; i < texts.length; i++) {
      const [alone] = await embedder.embed([texts[i]!]);
      alone!.forEach((x, j) => expect(together[i]![j]).toBeCloseTo(x, 4));
    }
  });

  it('returns [] for no texts', async () => {
    expect(await embedder.embed([])).toEqual([]);
  });

  it('rejects a batch size that is not a positive integer', () => {
    expect(() => new UseLiteEmbedder({ batchSize: 0 })).toThrow(RangeError);
    expect(() => new UseLiteEmbedder({ batchSize: 2.5 })).toThrow(RangeError);
  });
});
