import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/bench/stats.js';
import { throughputOf } from '../../src/bench/throughput.js';
import type { BuildSliceResult, BuildThroughput } from '../../src/bench/types.js';

const oneCore: BuildThroughput['oneCore'] = {
  wallRate: summarize([9, 10, 11]),
  cpuRate: summarize([12]),
  texts: 48,
  batchSize: 8,
  sampleFrom: 'bbc-2225',
  loadBefore: 1,
};

/** A slice with only the fields throughputOf reads filled in. */
const slice = (name: string, passages: number, coldRuns: BuildSliceResult['coldRuns']) =>
  ({ slice: name, passages, coldRuns }) as BuildSliceResult;

describe('throughputOf', () => {
  it('sets the median cold build against cores × the one-core rate, with utilization and CPU efficiency', () => {
    const runs = [
      { ms: 60_000, cpuMs: 100_000, poolSize: 2, steadyRate: 18, workerBusy: 0.97 },
      { ms: 50_000, cpuMs: 90_000, poolSize: 2, steadyRate: 19 },
      { ms: 70_000, cpuMs: 110_000, poolSize: 2, steadyRate: 17 },
    ];
    const [result] = throughputOf([slice('bbc-500', 900, runs)], oneCore, 2).slices;
    // Median run: 60 s for 900 passages = 15/s against 2 × 10/s.
    expect(result).toEqual({
      slice: 'bbc-500',
      passages: 900,
      rate: 15,
      fraction: 0.75,
      steadyFraction: 0.9,
      utilization: 100_000 / 120_000,
      cpuEfficiency: 900 / 100 / 12,
      workerBusy: 0.97,
    });
  });

  it('leaves out slices whose cold builds did not run through the CLI path, and a steady rate never measured', () => {
    const t = throughputOf(
      [slice('seed', 53, undefined), slice('bbc-30', 150, [{ ms: 10_000, cpuMs: 15_000, poolSize: 2, steadyRate: null }])],
      oneCore,
      2,
    );
    expect(t.slices.map((s) => [s.slice, s.steadyFraction])).toEqual([['bbc-30', null]]);
  });
});
