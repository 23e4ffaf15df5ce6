import { isCitebotError } from '../errors.js';
import type { Embedder, EmbedderInfo } from './types.js';

/**
 * Uses `preferred` when its model can be loaded and otherwise `fallback`, deciding once, on
 * first use, so that the choice (and the one line saying so) happens only when needed.
 */
export class AutoEmbedder implements Embedder {
  private chosen: Promise<Embedder> | undefined;

  /**
   * @param preferred tried first; only a MODEL_UNAVAILABLE failure leads to the fallback.
   * @param fallback built only when needed.
   * @param onFallback called once when the fallback is chosen, with the reason.
   */
  constructor(
    private readonly preferred: Embedder,
    private readonly fallback: () => Embedder,
    private readonly onFallback: (reason: unknown) => void,
  ) {}

  /** Loads the chosen model and says what it is. */
  async describe(): Promise<EmbedderInfo> {
    return (await this.choose()).describe();
  }

  /** Embeds with the chosen model. */
  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    return (await this.choose()).embed(texts);
  }

  private choose(): Promise<Embedder> {
    this.chosen ??= this.preferred.describe().then(
      () => this.preferred,
      (error: unknown) => {
        if (isCitebotError(error) && error.code === 'MODEL_UNAVAILABLE') {
          this.onFallback(error);
          return this.fallback();
        }
        this.chosen = undefined; // a bug or a transient failure: do not pin the choice
        throw error;
      },
    );
    return this.chosen;
  }
}
