/**
 * Runs inside a worker thread of {@link EmbedderPool}: loads the embedder described by
 * `workerData` once and answers embed requests, transferring the vectors back without copying.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isCitebotError } from '../errors.js';
import { createEmbedderFor } from './factory.js';
import type { PoolWorkerData, PoolRequest, PoolResponse } from './pool-protocol.js';

const { info, config } = workerData as PoolWorkerData;
const embedder = createEmbedderFor(info, config);

parentPort!.on('message', (request: PoolRequest) => {
  embedder.embed(request.texts).then(
    (vectors) => {
      const response: PoolResponse = { id: request.id, vectors };
      parentPort!.postMessage(
        response,
        vectors.map((v) => v.buffer as ArrayBuffer),
      );
    },
    (error: unknown) => {
      const response: PoolResponse = {
        id: request.id,
        error: {
          message: (error as Error).message,
          code: isCitebotError(error) ? error.code : undefined,
          hint: isCitebotError(error) ? error.hint : undefined,
        },
      };
      parentPort!.postMessage(response);
    },
  );
});
