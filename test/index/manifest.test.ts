import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CitebotError } from '../../src/errors.js';
import { checkEmbedderMatches, type Manifest } from '../../src/index/manifest.js';
import { currentBuildId, readManifest } from '../../src/index/store.js';
import { build } from '../support/built-index.js';
import { codeOf } from '../support/error-code.js';
import { seedCorpusCopy, tempDir } from '../support/temp.js';

/** A built seed index and the path of its manifest file, to be read back or tampered with. */
async function builtManifest() {
  const indexDir = tempDir();
  await build(seedCorpusCopy(), indexDir);
  return { indexDir, file: path.join(indexDir, 'builds', currentBuildId(indexDir)!, 'manifest.json') };
}

describe('index manifest', () => {
  it('refuses a manifest that is not JSON as corrupt', async () => {
    const { indexDir, file } = await builtManifest();
    writeFileSync(file, '{"formatVersion": 1,');
    expect(codeOf(() => readManifest(indexDir))).toBe('INDEX_CORRUPT');
  });

  it('refuses a build written in another index format and says to rebuild', async () => {
    const { indexDir, file } = await builtManifest();
    writeFileSync(file, readFileSync(file, 'utf8').replace('"formatVersion": 4', '"formatVersion": 2'));
    expect(() => readManifest(indexDir)).toThrow(/index format 2.*reads formats 3 and 4/);
  });

  it('refuses an index built with another model than the one configured, naming both', async () => {
    const manifest = readManifest((await builtManifest()).indexDir);
    expect(codeOf(() => checkEmbedderMatches(manifest, 'use-lite', 'x'))).toBe('INDEX_MODEL_MISMATCH');
    expect(() => checkEmbedderMatches(manifest, 'transformers', 'Xenova/all-MiniLM-L6-v2')).toThrow(
      /fake-hash-64.*Xenova\/all-MiniLM-L6-v2/s,
    );
    expect(() => checkEmbedderMatches(manifest, 'auto', 'x')).not.toThrow();
  });

  it('names the setting that differs in its hint: the model id, not the backend that is already set', () => {
    const hint = (embedder: Manifest['embedder'], wanted: 'transformers' | 'use-lite', model: string) => {
      try {
        checkEmbedderMatches({ embedder } as Manifest, wanted, model);
      } catch (error) {
        return (error as CitebotError).hint;
      }
      return expect.unreachable('the index should be refused');
    };
    const miniLm = { backend: 'transformers', modelId: 'Xenova/all-MiniLM-L6-v2', dimensions: 384 } as const;
    expect(hint(miniLm, 'transformers', 'Xenova/bge-small-en-v1.5')).toBe(
      'Run `npm run index -- --rebuild` to rebuild it with transformers (Xenova/bge-small-en-v1.5), or set TRANSFORMERS_MODEL=Xenova/all-MiniLM-L6-v2 to use it as it is.',
    );
    expect(hint(miniLm, 'use-lite', 'x')).toMatch(/or set EMBEDDER=transformers and TRANSFORMERS_MODEL=Xenova\/all-MiniLM-L6-v2 to use it/);
    const useLite = { backend: 'use-lite', modelId: 'universal-sentence-encoder-lite', dimensions: 512 } as const;
    expect(hint(useLite, 'transformers', 'Xenova/all-MiniLM-L6-v2')).toMatch(/or set EMBEDDER=use-lite to use it as it is\.$/);
  });

  it('suggests only a rebuild for an index made by a test double, never a setting that names it', async () => {
    const manifest = readManifest((await builtManifest()).indexDir);
    const error = (() => {
      try {
        checkEmbedderMatches(manifest, 'transformers', 'Xenova/all-MiniLM-L6-v2');
      } catch (e) {
        return e as CitebotError;
      }
      return expect.unreachable('the index should be refused');
    })();
    expect(error.hint).toBe('Run `npm run index -- --rebuild` to rebuild it with transformers (Xenova/all-MiniLM-L6-v2).');
    expect(error.hint).not.toMatch(/EMBEDDER=|fake/);
  });
});
