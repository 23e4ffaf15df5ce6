import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CitebotError } from '../errors.js';
import type { PoolRequest, PoolResponse, PoolWorkerData } from './pool-protocol.js';
import type { Embedder, EmbedderInfo } from './types.js';

/** How many model copies to run: one per core, since each model call is single-threaded. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism());
}

/** Texts a worker takes at a time: the embedder's own batch size, so a worker's call is one model batch. */
const CHUNK = 8;

interface Job {
  texts: string[];
  resolve: (vectors: Float32Array[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Spreads embedding across worker threads, each with its own copy of the model. For index
 * builds, where USE-Lite's WebAssembly backend would otherwise keep one core busy and leave the
 * rest idle. Questions are embedded in-process; the pool is for bulk work only. Call
 * {@link close} when done, or the workers keep the process alive.
 *
 * Work is cut into small chunks in one queue that idle workers take from, across calls: a
 * worker that finishes early takes the next chunk instead of waiting for the slowest slice, and
 * a caller that submits its next batch before saving the last one keeps every worker busy.
 */
export class EmbedderPool implements Embedder {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, { id: number; job: Job }>();
  private nextId = 0;
  private lastBusy: number | null = null;

  constructor(
    private readonly info: EmbedderInfo,
    private readonly config: PoolWorkerData['config'],
    private readonly size = defaultPoolSize(),
    /**
     * The same model, loaded in this thread: calls of fewer texts than one chunk per worker go to
     * it, so an incremental build's few new passages do not wait for workers to load models.
     */
    private readonly local?: Embedder,
  ) {}

  /** Workers start on the first call, so an up-to-date build never pays for loading models. */
  private start(): void {
    if (this.workers.length > 0) return;
    // Compiled (dist/), the worker is plain JavaScript; from the TypeScript sources (vitest, tsx)
    // it needs an entry that registers tsx inside the worker.
    const compiled = import.meta.url.endsWith('.js');
    const url = new URL(compiled ? './pool-worker.js' : './pool-worker-entry.mjs', import.meta.url);
    const workerData: PoolWorkerData = { info: this.info, config: this.config };
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(url, { workerData });
      worker.on('message', (response: PoolResponse) => this.settle(worker, response));
      worker.on('error', (error) => this.fail(worker, error));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  async describe(): Promise<EmbedderInfo> {
    return { ...this.info };
  }

  /**
   * Queues the texts in chunks for whichever worker is free, and returns the vectors in order.
   * Chunks are cut from the texts sorted by length, since a model batch is padded to its longest.
   */
  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    if (this.local && texts.length < this.size * CHUNK) return this.local.embed(texts);
    this.start();
    const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
    const chunks: Promise<Float32Array[]>[] = [];
    for (let i = 0; i < order.length; i += CHUNK) {
      const chunk = order.slice(i, i + CHUNK).map((at) => texts[at]!);
      chunks.push(new Promise((resolve, reject) => this.queue.push({ texts: chunk, resolve, reject })));
    }
    this.dispatch();
    const sorted = (await Promise.all(chunks)).flat();
    const vectors: Float32Array[] = new Array(texts.length);
    order.forEach((at, i) => (vectors[at] = sorted[i]!));
    return vectors;
  }

  /**
   * How much of their lives the workers spent working (mean event-loop utilization), for
   * benchmarks: near 1 while the build is slower than cores × the encoder means the threads had
   * work but no CPU (other load); lower means they waited for work. Kept from the last close.
   */
  busyShare(): number | null {
    if (this.workers.length === 0) return this.lastBusy;
    return this.workers.reduce((sum, w) => sum + w.performance.eventLoopUtilization().utilization, 0) / this.workers.length;
  }

  async close(): Promise<void> {
    if (this.workers.length > 0) this.lastBusy = this.busyShare();
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
    this.idle.length = 0;
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      this.running.set(worker, { id, job });
      const message: PoolRequest = { id, texts: job.texts };
      worker.postMessage(message);
    }
  }

  private settle(worker: Worker, response: PoolResponse): void {
    const running = this.running.get(worker);
    if (!running || running.id !== response.id) return;
    this.running.delete(worker);
    this.idle.push(worker);
    const { job } = running;
    if ('vectors' in response) job.resolve(response.vectors);
    else if (response.error.code) job.reject(new CitebotError(response.error.code, response.error.message, { hint: response.error.hint }));
    else job.reject(new Error(`embedding worker failed: ${response.error.message}`));
    this.dispatch();
  }

  /**
   * A worker died: every chunk in flight or queued fails (one call's vectors would be incomplete),
   * and it leaves the pool; the others go back to idle when they answer (their results then
   * settle promises already rejected, which does nothing). With none left the next call starts anew.
   */
  private fail(worker: Worker, error: unknown): void {
    for (const { job } of this.running.values()) job.reject(error);
    for (const job of this.queue.splice(0)) job.reject(error);
    this.running.delete(worker);
    for (const list of [this.workers, this.idle]) if (list.includes(worker)) list.splice(list.indexOf(worker), 1);
  }
}
