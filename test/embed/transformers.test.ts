import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from '@xenova/transformers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isCitebotError } from '../../src/errors.js';
import { TransformersEmbedder } from '../../src/embed/transformers.js';
import { createTinyBertModel, type TinyBertModel } from '../../src/testing/tiny-onnx.js';

// The real pipeline, wrapped so that tests can count model loads.
vi.mock('@xenova/transformers', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@xenova/transformers')>();
  return { ...actual, pipeline: vi.fn(actual.pipeline) };
});

let dir: string;
let tiny: TinyBertModel;
const open = (options: { batchSize?: number } = {}) =>
  new TransformersEmbedder({ modelId: tiny.modelId, modelsDir: dir, allowRemoteModels: false, quantized: false, ...options });

/** mean(rows of the tokens) / ‖mean‖, computed from the fixture's table rather than the model. */
function expectedVector(tokens: string[]): number[] {
  const sum = new Array<number>(tiny.dimensions).fill(0);
  for (const token of tokens) {
    const row = tiny.vocab.indexOf(token);
    expect(row, `fixture vocabulary lacks ${token}`).toBeGreaterThanOrEqual(0);
    for (let d = 0; d < tiny.dimensions; d++) sum[d]! += tiny.table[row * tiny.dimensions + d]!;
  }
  const mean = sum.map((x) => x / tokens.length);
  const norm = Math.hypot(...mean);
  return mean.map((x) => x / norm);
}

const norm = (v: Float32Array) => Math.hypot(...v);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-transformers-'));
  tiny = await createTinyBertModel(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('TransformersEmbedder', () => {
  it('reports the transformers backend, the model id and the width of the model output', async () => {
    expect(await open().describe()).toEqual({ backend: 'transformers', modelId: tiny.modelId, dimensions: tiny.dimensions });
  });

  it('returns unit-length vectors, one per text, in order', async () => {
    const vectors = await open().embed(['Mexico asked Venezuela for talks.', 'the oil price', 'zebra quokka']);
    expect(vectors).toHaveLength(3);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v).toHaveLength(tiny.dimensions);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
  });

  it('mean-pools over [CLS], the lower-cased tokens and [SEP], then normalises', async () => {
    const [v] = await open().embed(['Mexico asked Venezuela for talks.']);
    const expected = expectedVector(['[CLS]', 'mexico', 'asked', 'venezuela', 'for', 'talks', '.', '[SEP]']);
    for (let d = 0; d < tiny.dimensions; d++) expect(Math.abs(v![d]! - expected[d]!)).toBeLessThan(1e-5);
  });

  it('gives the same vectors in batches (with padding) as one text at a time', async () => {
    const texts = ['the', 'Mexico asked the OAS to review the election in Venezuela.', 'oil prices rose', '', 'talks'];
    const batched = await open({ batchSize: 3 }).embed(texts);
    const single = open({ batchSize: 1 });
    for (const [i, text] of texts.entries()) {
      const [alone] = await single.embed([text]);
      for (let d = 0; d < tiny.dimensions; d++) expect(Math.abs(batched[i]![d]! - alone![d]!)).toBeLessThan(1e-6);
    }
  });

  it('loads the model once even when the first calls overlap', async () => {
    const before = vi.mocked(pipeline).mock.calls.length;
    const embedder = open();
    await Promise.all([embedder.describe(), embedder.embed(['talks']), embedder.describe()]);
    await embedder.embed(['more talks']);
    expect(vi.mocked(pipeline).mock.calls.length - before).toBe(1);
  });

  it('returns [] for no texts without loading anything', async () => {
    const before = vi.mocked(pipeline).mock.calls.length;
    expect(await open().embed([])).toEqual([]);
    expect(vi.mocked(pipeline).mock.calls.length).toBe(before);
  });

  it('picks onnx/model.onnx by itself when the folder has no quantized model', async () => {
    const embedder = new TransformersEmbedder({ modelId: tiny.modelId, modelsDir: dir, allowRemoteModels: false });
    expect((await embedder.describe()).dimensions).toBe(tiny.dimensions);
  });

  it('fails with MODEL_UNAVAILABLE naming the model, the folder and the fixes when the model is missing and remote is off', async () => {
    const embedder = new TransformersEmbedder({ modelId: 'citebot-test/missing', modelsDir: dir, allowRemoteModels: false });
    const error: unknown = await embedder.embed(['talks']).catch((e: unknown) => e);
    expect(isCitebotError(error) && error.code).toBe('MODEL_UNAVAILABLE');
    if (!isCitebotError(error)) return;
    expect(error.message).toContain('citebot-test/missing');
    expect(error.message).toContain(path.join(dir, 'citebot-test', 'missing'));
    expect(error.hint).toMatch(/MODELS_DIR\/citebot-test\/missing.*ALLOW_REMOTE_MODELS=true.*EMBEDDER=use-lite/);
  });
});
