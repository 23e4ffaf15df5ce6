// Entry point of an embedding worker thread. The worker's code is TypeScript, run through tsx
// like the rest of citebot; tsx's loader is registered here because Node 20 does not pass
// module hooks on to worker threads.
import { tsImport } from 'tsx/esm/api';

await tsImport('./pool-worker.ts', import.meta.url);
