/**
 * An append-only log that tests can wait on: `wait` resolves with the first item (from index
 * `from` on) matching a predicate, including items recorded before the call.
 */
export class Recorder<T> {
  readonly items: T[] = [];
  readonly #waiters = new Set<{ predicate: (item: T) => boolean; from: number; resolve: (item: T) => void }>();

  constructor(private readonly describe: (item: T) => string) {}

  push(item: T): void {
    this.items.push(item);
    const index = this.items.length - 1;
    for (const waiter of this.#waiters) {
      if (index >= waiter.from && waiter.predicate(item)) {
        this.#waiters.delete(waiter);
        waiter.resolve(item);
      }
    }
  }

  /** Index the next recorded item will get; pass as `from` to ignore what came before. */
  get mark(): number {
    return this.items.length;
  }

  /** Resolves with the first `count` matching items once that many have been recorded. */
  async waitCount(predicate: (item: T) => boolean, count: number, options: { timeoutMs?: number; from?: number } = {}): Promise<T[]> {
    const from = options.from ?? 0;
    const matching = () => this.items.slice(from).filter(predicate);
    if (matching().length < count) await this.wait(() => matching().length >= count, options);
    return matching().slice(0, count);
  }

  wait(predicate: (item: T) => boolean, { timeoutMs = 10_000, from = 0 }: { timeoutMs?: number; from?: number } = {}): Promise<T> {
    const found = this.items.slice(from).find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const waiter = {
        predicate,
        from,
        resolve: (item: T) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        const seen = this.items.slice(from).map(this.describe).join('\n  ') || '(nothing)';
        reject(new Error(`timed out after ${timeoutMs} ms; recorded since:\n  ${seen}`));
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }
}
