import { CitebotError } from '../errors.js';

/**
 * Per-user cooldown shared by `/ask` and mentions: each answer costs retrieval work, and one
 * user should not be able to flood a channel or the index. Memory stays bounded because
 * expired entries are swept whenever the map grows.
 */
export class Cooldowns {
  readonly #seconds: number;
  readonly #until = new Map<string, number>();

  constructor(seconds: number) {
    this.#seconds = seconds;
  }

  /**
   * Starts the user's cooldown, or throws COOLDOWN (with a friendly message) if one is running.
   * `seconds` overrides the configured length (a server's own setting).
   */
  take(userId: string, now: number = Date.now(), seconds: number = this.#seconds): void {
    if (seconds <= 0) return;
    const until = this.#until.get(userId);
    if (until !== undefined && until > now) {
      const wait = Math.ceil((until - now) / 1000);
      throw new CitebotError('COOLDOWN', `Easy there, you can ask again in ${wait} second${wait === 1 ? '' : 's'}.`, {
        details: { seconds: wait },
      });
    }
    if (this.#until.size >= 1000) this.#sweep(now);
    this.#until.set(userId, now + seconds * 1000);
  }

  #sweep(now: number): void {
    for (const [id, until] of this.#until) if (until <= now) this.#until.delete(id);
  }
}
