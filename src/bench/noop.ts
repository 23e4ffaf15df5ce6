/** Does nothing: the baseline for process start-up time through `npx tsx` (see e2e-bench.ts). */
export {};
