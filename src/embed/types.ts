/** The embedding backends this build can load (the one list: types and schemas derive from it). */
export const EMBEDDER_BACKENDS = ['transformers', 'use-lite'] as const;

/** A backend that made an index's vectors, as its manifest records. */
export type EmbedderBackend = (typeof EMBEDDER_BACKENDS)[number];

/** What EMBEDDER may say: a backend, or `auto` (transformers, falling back to USE-Lite). */
export const EMBEDDER_CHOICES = ['auto', ...EMBEDDER_BACKENDS] as const;

/** The configured embedder choice. */
export type EmbedderChoice = (typeof EMBEDDER_CHOICES)[number];

/** What an index records about the model that made its vectors. */
export interface EmbedderInfo {
  backend: EmbedderBackend;
  modelId: string;
  dimensions: number;
}

/**
 * A sentence encoder. Implementations load their model lazily, once, on the first call,
 * and return unit-length vectors so that inner product equals cosine similarity.
 */
export interface Embedder {
  /** Loads the model if needed and says what it is. */
  describe(): Promise<EmbedderInfo>;
  /** Embeds texts in order; batching is the implementation's business. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}
