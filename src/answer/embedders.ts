import type { Embedder, EmbedderInfo } from '../embed/types.js';

/**
 * One embedder per model, made on first need and kept: a rebuilt index with the same model
 * reuses the loaded one, so a reload costs no model load. Shared by both index providers.
 */
export class EmbedderPerModel {
  readonly #loaded = new Map<string, Embedder>();

  constructor(private readonly make: (info: EmbedderInfo) => Embedder) {}

  /** The embedder of the model `info` names. */
  for(info: EmbedderInfo): Embedder {
    const key = `${info.backend}:${info.modelId}:${info.dimensions}`;
    let embedder = this.#loaded.get(key);
    if (!embedder) {
      embedder = this.make(info);
      this.#loaded.set(key, embedder);
    }
    return embedder;
  }
}
