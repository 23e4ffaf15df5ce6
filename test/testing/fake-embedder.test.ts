import { describe, expect, it } from 'vitest';
import { FakeEmbedder } from '../../src/testing/fake-embedder.js';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);

describe('FakeEmbedder (test support)', () => {
  it('describes itself as fake-hash-64 with 64 dimensions', async () => {
    expect(await new FakeEmbedder().describe()).toEqual({ backend: 'transformers', modelId: 'fake-hash-64', dimensions: 64 });
  });

  it('is deterministic across instances and ignores case and punctuation', async () => {
    const [a] = await new FakeEmbedder().embed(['Mexico asked the OAS.']);
    const [b] = await new FakeEmbedder().embed(['mexico ASKED the oas']);
    expect(a).toEqual(b);
  });

  it('returns unit vectors, scoring texts that share words above texts that share none', async () => {
    const fake = new FakeEmbedder();
    const [q, near, far] = await fake.embed(['oil prices in venezuela', 'venezuela oil prices rose', 'bake the cake']);
    for (const v of [q!, near!, far!]) expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    expect(dot(q!, near!)).toBeGreaterThan(dot(q!, far!));
  });

  it('gives the zero vector for a text with no words, and counts calls and texts', async () => {
    const fake = new FakeEmbedder({ dimensions: 8 });
    const [empty] = await fake.embed(['...']);
    expect(Array.from(empty!)).toEqual(new Array(8).fill(0));
    await fake.embed(['a', 'b']);
    await fake.describe();
    expect([fake.embedCalls, fake.textsEmbedded, fake.describeCalls]).toEqual([2, 3, 1]);
  });
});
