import type { Config } from '../config.js';
import { CitebotError } from '../errors.js';
import { AutoEmbedder } from './auto.js';
import { TransformersEmbedder } from './transformers.js';
import type { Embedder, EmbedderInfo } from './types.js';
import { USE_LITE_INFO, UseLiteEmbedder } from './use-lite.js';

/** The settings that choose and locate an embedder. */
export type EmbedderConfig = Pick<Config, 'embedder' | 'transformersModel' | 'modelsDir' | 'allowRemoteModels'>;

/**
 * The embedder for building a new index. `auto` prefers the transformers model and, when it
 * cannot be loaded, falls back to the embedded USE-Lite and says so in one line through `log`.
 * Nothing is loaded until first use.
 */
export function createEmbedder(config: EmbedderConfig, log: (line: string) => void): Embedder {
  const transformers = () =>
    new TransformersEmbedder({
      modelId: config.transformersModel,
      modelsDir: config.modelsDir,
      allowRemoteModels: config.allowRemoteModels,
    });
  switch (config.embedder) {
    case 'use-lite':
      return new UseLiteEmbedder();
    case 'transformers':
      return transformers();
    case 'auto': {
      const how = config.allowRemoteModels ? 'could not be loaded or downloaded' : 'is not available offline';
      return new AutoEmbedder(
        transformers(),
        () => new UseLiteEmbedder(),
        () => log(`transformers model ${config.transformersModel} ${how}; using the embedded Universal Sentence Encoder Lite instead`),
      );
    }
  }
}

/**
 * Exactly the embedder an existing index was built with, since queries must be embedded by
 * the index's own model. Throws MODEL_UNAVAILABLE (now, or on first use for a model that
 * cannot be loaded), and INDEX_MODEL_MISMATCH on first use if the model's width changed.
 */
export function createEmbedderFor(info: EmbedderInfo, config: Pick<Config, 'modelsDir' | 'allowRemoteModels'>): Embedder {
  if (info.backend === 'use-lite' && info.modelId === USE_LITE_INFO.modelId) {
    return new CheckedEmbedder(new UseLiteEmbedder(), info);
  }
  if (info.backend === 'transformers') {
    const { modelsDir, allowRemoteModels } = config;
    return new CheckedEmbedder(new TransformersEmbedder({ modelId: info.modelId, modelsDir, allowRemoteModels }), info);
  }
  throw new CitebotError(
    'MODEL_UNAVAILABLE',
    `The index was built with ${info.backend} model ${info.modelId}, which this build cannot load.`,
    {
      hint: 'Rebuild the index (npm run index).',
    },
  );
}

/** Passes calls through once the loaded model is known to match what the index recorded. */
class CheckedEmbedder implements Embedder {
  private checked: Promise<EmbedderInfo> | undefined;

  constructor(
    private readonly inner: Embedder,
    private readonly expected: EmbedderInfo,
  ) {}

  describe(): Promise<EmbedderInfo> {
    if (!this.checked) {
      const check = this.inner.describe().then((actual) => {
        if (actual.dimensions !== this.expected.dimensions) {
          throw new CitebotError(
            'INDEX_MODEL_MISMATCH',
            `The index holds ${this.expected.dimensions}-dimension vectors from ${this.expected.modelId}, but that model now gives ${actual.dimensions}.`,
            { hint: 'Rebuild the index (npm run index).' },
          );
        }
        return actual;
      });
      this.checked = check;
      // Failures are not pinned, so a model put in place later is picked up.
      check.catch(() => {
        if (this.checked === check) this.checked = undefined;
      });
    }
    return this.checked;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    await this.describe();
    return this.inner.embed(texts);
  }
}
