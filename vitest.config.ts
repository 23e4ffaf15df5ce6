import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI and bot tests start the compiled program in dist/, as the npm scripts do.
    globalSetup: ['test/support/compiled.ts'],
    // Model loading (USE-Lite, the tiny ONNX model) and the loopback Discord stand-in take
    // seconds on a 2-core machine; these are generous ceilings, not performance goals.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
