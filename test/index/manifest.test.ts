import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEmbedderMatches } from '../../src/index/manifest.js';
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
    writeFileSync(file, readFileSync(file, 'utf8').replace('"formatVersion": 3', '"formatVersion": 2'));
    expect(() => readManifest(indexDir)).toThrow(/index format 2.*reads format 3/);
  });

  it('refuses an index built with another model than the one configured, naming both', async () => {
    const manifest = readManifest((await builtManifest()).indexDir);
    expect(codeOf(() => checkEmbedderMatches(manifest, 'use-lite', 'x'))).toBe('INDEX_MODEL_MISMATCH');
    expect(() => checkEmbedderMatches(manifest, 'transformers', 'Xenova/all-MiniLM-L6-v2')).toThrow(
      /fake-hash-64.*Xenova\/all-MiniLM-L6-v2/s,
    );
    expect(() => checkEmbedderMatches(manifest, 'auto', 'x')).not.toThrow();
  });
});
