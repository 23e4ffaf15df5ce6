/**
 * Remembers the last question asked in each thread so a follow-up ("and what did Peru do?")
 * can be resolved against it. A small LRU: the bot forgets the oldest threads first, and
 * after a restart it falls back to the thread's starter message (see mentions.ts).
 */
export class ThreadMemory {
  readonly #max: number;
  readonly #questions = new Map<string, string>();

  constructor(max = 500) {
    this.#max = max;
  }

  get(threadId: string): string | undefined {
    const question = this.#questions.get(threadId);
    if (question !== undefined) {
      // Re-insert so this thread becomes the most recently used.
      this.#questions.delete(threadId);
      this.#questions.set(threadId, question);
    }
    return question;
  }

  set(threadId: string, question: string): void {
    this.#questions.delete(threadId);
    this.#questions.set(threadId, question);
    while (this.#questions.size > this.#max) {
      const oldest = this.#questions.keys().next().value as string;
      this.#questions.delete(oldest);
    }
  }

  get size(): number {
    return this.#questions.size;
  }
}
