import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CitebotError } from '../errors.js';
import type { PoolRequest, PoolResponse, PoolWorkerData } from './pool-protocol.js';
import type { Embedder, EmbedderInfo } from './types.js';

/** How many model copies to run: one per core, since each model call is single-threaded. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Spreads embedding across worker threads, each with its own copy of the model. For index
 * builds, where USE-Lite's WebAssembly backend would otherwise keep one core busy and leave the
 * rest idle. Questions are embedded in-process; the pool is for bulk work only. Call
 * {@link close} when done, or the workers keep the process alive.
 */
export class EmbedderPool implements Embedder {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve: (v: Float32Array[]) => void; reject: (e: unknown) => void }>();
  private nextId = 0;

  constructor(
    private readonly info: EmbedderInfo,
    private readonly config: PoolWorkerData['config'],
    private readonly size = defaultPoolSize(),
  ) {}

  /** Workers start on the first call, so an up-to-date build never pays for loading models. */
  private start(): Worker[] {
    if (this.workers.length > 0) return this.workers;
    // Compiled (dist/), the worker is plain JavaScript; from the TypeScript sources (vitest, tsx)
    // it needs an entry that registers tsx inside the worker.
    const compiled = import.meta.url.endsWith('.js');
    const url = new URL(compiled ? './pool-worker.js' : './pool-worker-entry.mjs', import.meta.url);
    const workerData: PoolWorkerData = { info: this.info, config: this.config };
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(url, { workerData });
      worker.on('message', (response: PoolResponse) => this.settle(response));
      worker.on('error', (error) => this.failAll(error));
      this.workers.push(worker);
    }
    return this.workers;
  }

  async describe(): Promise<EmbedderInfo> {
    return { ...this.info };
  }

  /** Splits the texts into one slice per worker and embeds the slices in parallel, keeping order. */
  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    const workers = this.start();
    const per = Math.ceil(texts.length / workers.length);
    const slices = workers.map((worker, i) => ({ worker, texts: texts.slice(i * per, (i + 1) * per) })).filter((s) => s.texts.length > 0);
    const results = await Promise.all(slices.map(({ worker, texts: slice }) => this.request(worker, slice)));
    return results.flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }

  private request(worker: Worker, texts: string[]): Promise<Float32Array[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const message: PoolRequest = { id, texts };
      worker.postMessage(message);
    });
  }

  private settle(response: PoolResponse): void {
    const waiter = this.pending.get(response.id);
    if (!waiter) return;
    this.pending.delete(response.id);
    if ('vectors' in response) waiter.resolve(response.vectors);
    else if (response.error.code)
      waiter.reject(new CitebotError(response.error.code, response.error.message, { hint: response.error.hint }));
    else waiter.reject(new Error(`embedding worker failed: ${response.error.message}`));
  }

  private failAll(error: unknown): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}
