import type { ErrorCode } from '../errors.js';
import type { EmbedderInfo } from './types.js';

/** What a pool worker needs to build its own copy of the embedder. */
export interface PoolWorkerData {
  info: EmbedderInfo;
  config: { modelsDir: string; allowRemoteModels: boolean };
}

export interface PoolRequest {
  id: number;
  texts: string[];
}

export type PoolResponse =
  | { id: number; vectors: Float32Array[] }
  | { id: number; error: { message: string; code: ErrorCode | undefined; hint: string | undefined } };
