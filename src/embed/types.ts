/** What an index records about the model that made its vectors. */
export interface EmbedderInfo {
  backend: 'use-lite' | 'transformers' | 'fake';
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
