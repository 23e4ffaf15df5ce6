import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isCitebotError } from '../../src/errors.js';
import { createEmbedder, createEmbedderFor, type EmbedderConfig } from '../../src/embed/factory.js';
import { TransformersEmbedder } from '../../src/embed/transformers.js';
import { USE_LITE_INFO, UseLiteEmbedder } from '../../src/embed/use-lite.js';
import { createTinyBertModel, type TinyBertModel } from '../../src/testing/tiny-onnx.js';

let dir: string;
let tiny: TinyBertModel;
let config: EmbedderConfig;

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: unknown) => (isCitebotError(e) ? e.code : e),
  );

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-factory-'));
  tiny = await createTinyBertModel(dir);
  config = { embedder: 'auto', transformersModel: tiny.modelId, modelsDir: dir, allowRemoteModels: false };
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('createEmbedder', () => {
  it('builds the named backend directly for use-lite and transformers', () => {
    expect(createEmbedder({ ...config, embedder: 'use-lite' }, vi.fn())).toBeInstanceOf(UseLiteEmbedder);
    expect(createEmbedder({ ...config, embedder: 'transformers' }, vi.fn())).toBeInstanceOf(TransformersEmbedder);
  });

  it('auto uses the transformers model when it is in MODELS_DIR, and logs nothing', async () => {
    const log = vi.fn();
    const embedder = createEmbedder(config, log);
    expect(await embedder.describe()).toEqual({ backend: 'transformers', modelId: tiny.modelId, dimensions: tiny.dimensions });
    expect((await embedder.embed(['talks']))[0]).toHaveLength(tiny.dimensions);
    expect(log).not.toHaveBeenCalled();
  });

  it('auto falls back to use-lite when the model is missing and remote is off, saying so in exactly one line', async () => {
    const log = vi.fn();
    const embedder = createEmbedder({ ...config, transformersModel: 'Xenova/all-MiniLM-L6-v2' }, log);
    const [info, vectors] = await Promise.all([embedder.describe(), embedder.embed(['Mexico asked the OAS to act.'])]);
    expect(info).toEqual(USE_LITE_INFO);
    expect(vectors[0]).toHaveLength(512);
    await embedder.embed(['again']);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(
      'transformers model Xenova/all-MiniLM-L6-v2 is not available offline; using the embedded Universal Sentence Encoder Lite instead',
    );
  });

  it('transformers without its model fails with MODEL_UNAVAILABLE rather than falling back', async () => {
    const embedder = createEmbedder({ ...config, embedder: 'transformers', transformersModel: 'citebot-test/missing' }, vi.fn());
    expect(await codeOf(embedder.describe())).toBe('MODEL_UNAVAILABLE');
  });
});

describe('createEmbedderFor', () => {
  it('rebuilds the transformers model an index records', async () => {
    const info = { backend: 'transformers' as const, modelId: tiny.modelId, dimensions: tiny.dimensions };
    expect(await createEmbedderFor(info, config).describe()).toEqual(info);
  });

  it('rebuilds USE-Lite for an index built with it', async () => {
    expect(await createEmbedderFor({ ...USE_LITE_INFO }, config).describe()).toEqual(USE_LITE_INFO);
  });

  it('fails with MODEL_UNAVAILABLE, not a fallback, when the recorded transformers model is missing', async () => {
    const embedder = createEmbedderFor({ backend: 'transformers', modelId: 'citebot-test/missing', dimensions: 384 }, config);
    expect(await codeOf(embedder.embed(['talks']))).toBe('MODEL_UNAVAILABLE');
  });

  it('fails with MODEL_UNAVAILABLE at once for a USE model this build cannot make', () => {
    const info = { backend: 'use-lite' as const, modelId: 'universal-sentence-encoder-large', dimensions: 512 };
    expect(() => createEmbedderFor(info, config)).toThrow(expect.objectContaining({ code: 'MODEL_UNAVAILABLE' }));
  });

  it('fails with INDEX_MODEL_MISMATCH when the model now gives another width than the index holds', async () => {
    const embedder = createEmbedderFor({ backend: 'transformers', modelId: tiny.modelId, dimensions: 384 }, config);
    expect(await codeOf(embedder.embed(['talks']))).toBe('INDEX_MODEL_MISMATCH');
    expect(await codeOf(embedder.describe())).toBe('INDEX_MODEL_MISMATCH');
  });
});
