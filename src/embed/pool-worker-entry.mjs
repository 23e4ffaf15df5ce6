// Entry point of an embedding worker thread when citebot runs from its TypeScript sources (vitest,
// tsx); the compiled pool in dist/ starts pool-worker.js directly. tsx's loader is registered here
// because Node 20 does not pass module hooks on to worker threads.
import { tsImport } from 'tsx/esm/api';

await tsImport('./pool-worker.ts', import.meta.url);
