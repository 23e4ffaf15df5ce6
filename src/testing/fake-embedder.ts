import type { Embedder, EmbedderInfo } from '../embed/types.js';

/** Options for {@link FakeEmbedder}. */
export interface FakeEmbedderOptions {
  /** Vector width; default 64 (the model id says `fake-hash-<dimensions>`). */
  dimensions?: number;
}

/** FNV-1a, so the same word lands in the same bucket on every run and machine. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A deterministic stand-in for a sentence encoder, for unit tests that need vectors but not
 * meaning: each lower-cased word adds ±1 to a hashed bucket, then the vector is L2-normalised.
 * Texts sharing words therefore score higher than texts that share none; a text with no words
 * gets the zero vector. Loads nothing, and counts calls so tests can assert on them.
 */
export class FakeEmbedder implements Embedder {
  readonly dimensions: number;
  /** Calls to {@link describe}. */
  describeCalls = 0;
  /** Calls to {@link embed}, including ones with no texts. */
  embedCalls = 0;
  /** Texts embedded so far, over all calls. */
  textsEmbedded = 0;

  constructor(options: FakeEmbedderOptions = {}) {
    this.dimensions = options.dimensions ?? 64;
  }

  /**
   * `{ backend: 'transformers', modelId: 'fake-hash-64', dimensions: 64 }` by default: a backend
   * name production knows (manifests accept no other), with a model id no hub or models folder has.
   */
  async describe(): Promise<EmbedderInfo> {
    this.describeCalls++;
    return { backend: 'transformers', modelId: `fake-hash-${this.dimensions}`, dimensions: this.dimensions };
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    this.embedCalls++;
    this.textsEmbedded += texts.length;
    return texts.map((text) => this.vector(text));
  }

  /** The vector for one text, synchronously, for computing expectations in tests. */
  vector(text: string): Float32Array {
    const v = new Float32Array(this.dimensions);
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      const h = hash(word);
      // The top bit picks a sign, so unrelated words tend to cancel rather than pile up.
      v[h % this.dimensions] += h & 0x80000000 ? -1 : 1;
    }
    let norm = 0;
    for (const x of v) norm += x * x;
    if (norm > 0) for (let i = 0; i < v.length; i++) v[i] /= Math.sqrt(norm);
    return v;
  }
}
