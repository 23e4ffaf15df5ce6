/**
 * Embedding throughput, run in a child process per backend variant (TensorFlow.js picks its
 * backend once per process). Compares one text per call (the naive baseline) with batches.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Embedder } from '../embed/types.js';
import { createTinyBertModel } from '../testing/tiny-onnx.js';
import { summarize } from './stats.js';
import type { EmbedConfigResult, EmbedVariantResult } from './types.js';

export type EmbedVariant = 'wasm-simd' | 'wasm-nosimd' | 'tfjs-cpu' | 'transformers-tiny';

export interface EmbedParams {
  variant: EmbedVariant;
  texts: string[];
  batchSizes: number[];
  repetitions: number;
}

const DESCRIPTIONS: Record<EmbedVariant, string> = {
  'wasm-simd': 'USE-Lite, TensorFlow.js WASM backend, SIMD binary (what the app uses)',
  'wasm-nosimd': 'USE-Lite, TensorFlow.js WASM backend, plain (non-SIMD) binary, forced by failing the SIMD feature probe',
  'tfjs-cpu': 'USE-Lite, TensorFlow.js CPU (pure JS) backend',
  'transformers-tiny':
    'transformers.js pipeline on the 1-layer tiny TEST model (src/testing/tiny-onnx.ts): pipeline overhead only, NOT a real model',
};

interface TfLike {
  getBackend(): string;
  setBackend(name: string): Promise<boolean>;
  env(): { getAsync(flag: string): Promise<unknown> };
  setThreadsCount?(n: number): void;
  getThreadsCount?(): number;
}

/** Makes the WASM backend's SIMD probe fail, so it loads the plain binary. Must run before TensorFlow.js is imported. */
function disableWasmSimd(): void {
  type Bytes = ArrayBufferView | ArrayBuffer;
  const wasm = (globalThis as unknown as { WebAssembly: { validate(bytes: Bytes): boolean } }).WebAssembly;
  const validate = wasm.validate.bind(wasm);
  wasm.validate = (bytes: Bytes) => {
    const view = ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
    // The probe is a ~30-byte module using the SIMD prefix opcode 0xfd.
    return view.length < 40 && view.includes(0xfd) ? false : validate(bytes);
  };
}

async function makeEmbedder(
  variant: EmbedVariant,
  info: Partial<EmbedVariantResult>,
): Promise<{ make: (batchSize?: number) => Embedder; cleanup: () => void }> {
  if (variant === 'transformers-tiny') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'citebot-bench-tiny-'));
    const { TransformersEmbedder } = await import('../embed/transformers.js');
    const model = await createTinyBertModel(dir, { dimensions: 32 });
    info.backend = 'onnxruntime-node (tiny test model)';
    return {
      make: () => new TransformersEmbedder({ modelId: model.modelId, modelsDir: dir, allowRemoteModels: false }),
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (variant === 'wasm-nosimd') disableWasmSimd();
  const tf = (await import('@energetic-ai/core')) as unknown as TfLike;
  // Threads are only used by the threaded binary; ask for 2 and report what the backend gives.
  tf.setThreadsCount?.(2);
  if (variant === 'tfjs-cpu') {
    // Throws "Backend name 'cpu' not found in registry" when @tensorflow/tfjs-backend-cpu is absent.
    const ok = await tf.setBackend('cpu');
    if (!ok) throw new Error('tf.setBackend("cpu") returned false');
  }
  const { UseLiteEmbedder } = await import('../embed/use-lite.js');
  await new UseLiteEmbedder().describe();
  info.backend = tf.getBackend();
  info.simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
  try {
    info.threads = tf.getThreadsCount?.();
  } catch {
    info.threads = undefined;
  }
  return { make: (batchSize) => new UseLiteEmbedder(batchSize ? { batchSize } : {}), cleanup: () => {} };
}

async function measure(run: () => Promise<unknown>, count: number): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { wall: (count / wallMs) * 1000, cpu: (count / cpuMs) * 1000 };
}

export async function runEmbedBench(params: EmbedParams): Promise<EmbedVariantResult> {
  const info: Partial<EmbedVariantResult> = {};
  const base: EmbedVariantResult = {
    variant: params.variant,
    description: DESCRIPTIONS[params.variant],
    loaded: false,
    texts: params.texts.length,
    repetitions: params.repetitions,
    configs: [],
  };
  let setup: Awaited<ReturnType<typeof makeEmbedder>>;
  const t0 = performance.now();
  try {
    setup = await makeEmbedder(params.variant, info);
  } catch (error) {
    return { ...base, error: error instanceof Error ? error.message : String(error) };
  }
  const loadMs = performance.now() - t0;
  try {
    const naive = setup.make();
    await naive.embed(params.texts.slice(0, 4)); // warm-up: first calls compile kernels
    const configs: { config: string; batchSize: number | null; run: () => Promise<unknown> }[] = [
      {
        config: 'naive (1 text per call)',
        batchSize: null,
        run: async () => {
          for (const t of params.texts) await naive.embed([t]);
        },
      },
      ...params.batchSizes.map((b) => {
        const embedder = setup.make(b);
        return { config: `batch ${b}`, batchSize: b, run: () => embedder.embed(params.texts) };
      }),
    ];
    const samples = configs.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
    // Interleaved repetitions: drifting background load hits every configuration alike.
    for (let r = 0; r < params.repetitions; r++) {
      for (const [i, c] of configs.entries()) {
        const m = await measure(c.run, params.texts.length);
        samples[i]!.wall.push(m.wall);
        samples[i]!.cpu.push(m.cpu);
      }
    }
    const naiveWall = summarize(samples[0]!.wall).median;
    const naiveCpu = summarize(samples[0]!.cpu).median;
    const results: EmbedConfigResult[] = configs.map((c, i) => {
      const wallRate = summarize(samples[i]!.wall);
      const cpuRate = summarize(samples[i]!.cpu);
      return {
        config: c.config,
        batchSize: c.batchSize,
        wallRate,
        cpuRate,
        speedupWall: wallRate.median / naiveWall,
        speedupCpu: cpuRate.median / naiveCpu,
      };
    });
    return { ...base, ...info, loaded: true, loadMs, configs: results };
  } finally {
    setup.cleanup();
  }
}
