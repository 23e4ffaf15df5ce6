import type { Embedder, EmbedderChoice, EmbedderInfo } from '../embed/types.js';
import type { Logger } from '../logger.js';
import { checkEmbedderMatches } from '../index/manifest.js';
import { currentBuildId, readIndex } from '../index/store.js';
import { CitebotError } from '../errors.js';
import { serveLocal } from '../retrieval/local-search.js';
import type { CurrentIndex, IndexProvider } from './local-service.js';
import { EmbedderPerModel } from './embedders.js';
import { indexLookups } from './lookups.js';

/** How the provider checks and embeds: the configured embedder choice and a factory. */
export interface ProviderOptions {
  indexDir: string;
  wanted: { embedder: EmbedderChoice; transformersModel: string };
  /** Builds the embedder an index was made with; queries must use that same model. */
  embedderFor: (info: EmbedderInfo) => Embedder;
  logger?: Logger;
}

/**
 * Serves the current index and picks up a rebuilt one without a restart: each call reads the
 * one-line CURRENT pointer, and when it has moved the new build is loaded and verified in full
 * before it replaces the old one, so a request sees one index from start to end. A build that
 * fails to load is logged and the previous one stays in service.
 */
export class ReloadingIndexProvider implements IndexProvider {
  private state: (CurrentIndex & { id: string }) | null = null;
  private loading: Promise<void> | null = null;
  /** A build that failed to load is not retried on every request. */
  private failedId: string | null = null;
  private readonly embedders: EmbedderPerModel;

  constructor(private readonly options: ProviderOptions) {
    this.embedders = new EmbedderPerModel(options.embedderFor);
  }

  /** The index folder served. */
  get indexDir(): string {
    return this.options.indexDir;
  }

  async current(): Promise<CurrentIndex> {
    const id = currentBuildId(this.options.indexDir);
    if (id !== null && id !== this.state?.id && id !== this.failedId) {
      this.loading ??= this.load(id).finally(() => (this.loading = null));
      await this.loading;
    }
    if (this.state === null) {
      readIndex(this.options.indexDir); // Throws the precise reason: missing, corrupt...
      throw new CitebotError('INDEX_MISSING', `No index could be loaded from ${this.options.indexDir}.`, {
        hint: 'Build it with `npm run index`.',
      });
    }
    return this.state;
  }

  private async load(id: string): Promise<void> {
    try {
      const index = readIndex(this.options.indexDir);
      checkEmbedderMatches(index.manifest, this.options.wanted.embedder, this.options.wanted.transformersModel);
      const info = index.manifest.embedder;
      const embedder = this.embedders.for(info);
      const previous = this.state?.id;
      this.state = { id: index.manifest.buildId, index: serveLocal(index), lookups: indexLookups(index), embedder };
      this.options.logger?.info({ buildId: index.manifest.buildId, previous, passages: index.passages.length }, 'index loaded');
    } catch (error) {
      this.failedId = id;
      if (this.state === null) throw error;
      this.options.logger?.error({ err: error, buildId: id }, 'new index could not be loaded; keeping the previous one');
    }
  }
}
