import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { buildFromConfig } from '../../src/index/from-config.js';
import { readManifest } from '../../src/index/store.js';
import { SEED_CORPUS } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

describe('buildFromConfig', () => {
  it('reports the embedder fallback and progress through its callbacks, never on stderr', async () => {
    // auto with no transformers model on disk and no downloads: falls back to USE-Lite, with a note.
    const config = loadConfig({ CORPUS_PATH: SEED_CORPUS, INDEX_DIR: tempDir(), MODELS_DIR: tempDir(), ALLOW_REMOTE_MODELS: 'false' });
    const stderr = vi.spyOn(process.stderr, 'write');
    const notes: string[] = [];
    const progress: [number, number][] = [];
    try {
      const result = await buildFromConfig(config, {
        poolSize: 1,
        onNote: (line) => notes.push(line),
        onProgress: (done, total) => progress.push([done, total]),
      });
      expect(stderr).not.toHaveBeenCalled();
      expect(notes).toEqual([expect.stringMatching(/not available offline; using the embedded Universal Sentence Encoder Lite/)]);
      expect(progress.at(-1)).toEqual([result.manifest.counts.passages, result.manifest.counts.passages]);
      expect(readManifest(config.indexDir).embedder.backend).toBe('use-lite');
    } finally {
      stderr.mockRestore();
    }
  });
});
