/**
 * Cold build throughput against its limit: a cold build is bound by the encoder's forward pass on
 * every core, so the reference is cores × the rate of USE-Lite alone on one core, measured in a
 * child process of the same run (its own TensorFlow.js, nothing else in the process).
 */
import os from 'node:os';
import { USE_LITE_DEFAULT_BATCH_SIZE } from '../embed/use-lite.js';
import type { EmbedParams } from './embed-bench.js';
import { runChild } from './paths.js';
import { summarize } from './stats.js';
import type { BuildSliceResult, BuildThroughput, EmbedVariantResult } from './types.js';

/** USE-Lite's one-core rate at the app's default batch, wall and CPU, on these texts. */
export async function oneCoreRate(
  texts: string[],
  repetitions: number,
  sampleFrom: string,
  workDir: string,
): Promise<BuildThroughput['oneCore']> {
  const loadBefore = os.loadavg()[0]!;
  const params: EmbedParams = { variant: 'wasm-simd', texts, batchSizes: [USE_LITE_DEFAULT_BATCH_SIZE], repetitions };
  const result = await runChild<EmbedVariantResult>('embed', params, workDir);
  const batch = result.configs.find((c) => c.batchSize === USE_LITE_DEFAULT_BATCH_SIZE);
  if (!batch) throw new Error(`the one-core encoder run failed: ${result.error ?? 'no batch result'}`);
  return {
    wallRate: batch.wallRate,
    cpuRate: batch.cpuRate,
    texts: texts.length,
    batchSize: USE_LITE_DEFAULT_BATCH_SIZE,
    sampleFrom,
    loadBefore,
  };
}

/** Each slice's cold build (its median run) against cores × the one-core rate. */
export function throughputOf(slices: readonly BuildSliceResult[], oneCore: BuildThroughput['oneCore'], cores: number): BuildThroughput {
  const limit = cores * oneCore.wallRate.median;
  return {
    cores,
    oneCore,
    slices: slices.flatMap((s) => {
      const runs = s.coldRuns ?? [];
      if (runs.length === 0) return [];
      const median = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
      const rate = (s.passages / median.ms) * 1000;
      const steady = summarize(runs.flatMap((r) => (r.steadyRate === null ? [] : [r.steadyRate]))).median;
      return [
        {
          slice: s.slice,
          passages: s.passages,
          rate,
          fraction: rate / limit,
          steadyFraction: Number.isFinite(steady) ? steady / limit : null,
          utilization: median.cpuMs / (cores * median.ms),
          cpuEfficiency: oneCore.cpuRate.median > 0 ? ((s.passages / median.cpuMs) * 1000) / oneCore.cpuRate.median : Number.NaN,
          workerBusy: median.workerBusy ?? null,
        },
      ];
    }),
  };
}
