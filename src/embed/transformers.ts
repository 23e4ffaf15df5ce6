import { existsSync } from 'node:fs';
import path from 'node:path';
import { CitebotError } from '../errors.js';
import { checkBatchSize } from './normalize.js';
import type { Embedder, EmbedderInfo } from './types.js';

/** Options for {@link TransformersEmbedder}. */
export interface TransformersOptions {
  /** Hub-style id, e.g. `Xenova/all-MiniLM-L6-v2`; looked up as `modelsDir/<modelId>/`. */
  modelId: string;
  /** Folder of local models; downloads (when allowed) are cached here too. */
  modelsDir: string;
  /** Whether a model missing from `modelsDir` may be downloaded from the Hugging Face hub. */
  allowRemoteModels: boolean;
  /**
   * Load `onnx/model_quantized.onnx` (true) or `onnx/model.onnx` (false). Default: whichever
   * of the two is in the local folder, the quantized one first; quantized when neither is.
   */
  quantized?: boolean;
  /** Texts per model call; default 16. */
  batchSize?: number;
}

/** The slice of transformers.js' FeatureExtractionPipeline used here (its own typing is `any`). */
interface Extractor {
  (texts: string[], options: { pooling: 'mean'; normalize: boolean }): Promise<{ dims: number[]; data: Float32Array }>;
}

interface Loaded {
  extractor: Extractor;
  dimensions: number;
}

// transformers.js keeps its settings in one global `env` that is read while a model loads, so
// loads are queued: two embedders with different folders never see each other's settings.
let loadQueue: Promise<unknown> = Promise.resolve();

/**
 * A sentence-transformers model run by transformers.js (onnxruntime-node): mean pooling over
 * tokens, then L2 normalisation, as the model was trained to be used.
 */
export class TransformersEmbedder implements Embedder {
  readonly modelId: string;
  readonly batchSize: number;
  private loaded: Promise<Loaded> | undefined;

  constructor(private readonly options: TransformersOptions) {
    this.modelId = options.modelId;
    this.batchSize = checkBatchSize(options.batchSize ?? 16);
  }

  /** Loads the model if needed; throws MODEL_UNAVAILABLE when it cannot be loaded. */
  async describe(): Promise<EmbedderInfo> {
    const { dimensions } = await this.load();
    return { backend: 'transformers', modelId: this.modelId, dimensions };
  }

  /** Embeds `texts` in order, {@link batchSize} per model call; unit-length vectors. */
  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    const { extractor, dimensions } = await this.load();
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += this.batchSize) {
      const batch = texts.slice(start, start + this.batchSize);
      // Padding is masked out of the mean, so a text's vector does not depend on its batch.
      const { data } = await extractor(batch, { pooling: 'mean', normalize: true });
      for (let i = 0; i < batch.length; i++) vectors.push(data.slice(i * dimensions, (i + 1) * dimensions));
    }
    return vectors;
  }

  private load(): Promise<Loaded> {
    if (!this.loaded) {
      const run = loadQueue.then(() => this.open());
      loadQueue = run.catch(() => undefined);
      // A failed load is forgotten, so that a model put in place later is picked up.
      this.loaded = run.catch((error: unknown) => {
        this.loaded = undefined;
        throw error;
      });
    }
    return this.loaded;
  }

  private async open(): Promise<Loaded> {
    const { modelId, modelsDir, allowRemoteModels } = this.options;
    const folder = path.join(modelsDir, modelId);
    const has = (file: string) => existsSync(path.join(folder, 'onnx', file));
    const quantized = this.options.quantized ?? (has('model_quantized.onnx') || !has('model.onnx'));
    let extractor: Extractor;
    try {
      // Imported here so that a process using USE-Lite never loads onnxruntime.
      const { env, pipeline } = await import('@xenova/transformers');
      env.localModelPath = modelsDir;
      env.allowLocalModels = true;
      env.allowRemoteModels = allowRemoteModels;
      // The file cache uses the same <id>/<file> layout, so a model downloaded once is found offline.
      env.cacheDir = modelsDir;
      extractor = (await pipeline('feature-extraction', modelId, { quantized })) as unknown as Extractor;
    } catch (error) {
      const where = allowRemoteModels ? `${folder} or the Hugging Face hub` : `${folder} (remote models are off)`;
      const reason = error instanceof Error ? error.message : String(error);
      throw new CitebotError('MODEL_UNAVAILABLE', `The transformers model ${modelId} could not be loaded from ${where}: ${reason}`, {
        hint: `Put the model in MODELS_DIR/${modelId} (config.json, tokenizer.json, tokenizer_config.json, onnx/model${quantized ? '_quantized' : ''}.onnx), or set ALLOW_REMOTE_MODELS=true to download it once, or set EMBEDDER=use-lite.`,
        cause: error,
      });
    }
    // The width is whatever the model produces, not what its config claims.
    const probe = await extractor(['dimension probe'], { pooling: 'mean', normalize: true });
    return { extractor, dimensions: probe.dims[probe.dims.length - 1] };
  }
}
