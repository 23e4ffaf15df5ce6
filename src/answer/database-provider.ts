import { CitebotError } from '../errors.js';
import { checkEmbedderMatches } from '../index/manifest.js';
import { isConnectionError, reaching, tryAgainShortly, type Database } from '../index/postgres/database.js';
import { currentDatabaseBuild, readDatabaseIndex } from '../index/postgres/read.js';
import type { Logger } from '../logger.js';
import type { ProviderOptions } from './index-provider.js';
import type { CurrentIndex, IndexProvider } from './local-service.js';
import { EmbedderPerModel } from './embedders.js';
import { indexLookups } from './lookups.js';

/** A connection failure while serving becomes "try again shortly"; anything else passes as it is. */
const serving = (error: unknown) => (isConnectionError(error) ? tryAgainShortly(error) : error);

/**
 * Serves the current build of a PostgreSQL search database, as {@link ReloadingIndexProvider}
 * serves index files: each request reads the current build id (one small query), and a new
 * build is loaded whole before it replaces the old one. While the database is unreachable,
 * requests fail with "try again shortly" and the provider keeps what it had; the pool reconnects
 * on the next request, so service resumes by itself when the database is back.
 */
export class DatabaseIndexProvider implements IndexProvider {
  private state: (CurrentIndex & { id: string }) | null = null;
  private loading: Promise<void> | null = null;
  /** A build that failed to load (not for a lost connection) is not retried on every request. */
  private failedId: string | null = null;
  /** Why it failed: told again on every request while nothing else can be served. */
  private failure: unknown = null;
  private readonly embedders: EmbedderPerModel;

  constructor(private readonly options: Omit<ProviderOptions, 'indexDir'> & { db: Database; logger?: Logger }) {
    this.embedders = new EmbedderPerModel(options.embedderFor);
  }

  /** At start-up: whether the database holds a build; an unreachable database or an old schema is an error naming DATABASE_URL. */
  async check(): Promise<boolean> {
    return (await reaching(this.options.db, () => currentDatabaseBuild(this.options.db, { checkSchema: true }))) !== null;
  }

  async current(): Promise<CurrentIndex> {
    const id = await currentDatabaseBuild(this.options.db).catch((error: unknown) => Promise.reject(serving(error)));
    if (id !== null && id !== this.state?.id && id !== this.failedId) {
      this.loading ??= this.load(id).finally(() => (this.loading = null));
      await this.loading;
    }
    if (this.state === null) {
      if (id !== null && id === this.failedId && this.failure !== null) throw this.failure;
      if (id === null) await readDatabaseIndex(this.options.db).catch((error: unknown) => Promise.reject(serving(error))); // No build yet.
      throw new CitebotError('INDEX_MISSING', `No build could be loaded from the search database (${this.options.db.where}).`, {
        hint: 'Build it with `npm run index`.',
      });
    }
    return this.state;
  }

  private async load(id: string): Promise<void> {
    try {
      const index = await readDatabaseIndex(this.options.db, id);
      checkEmbedderMatches(index.manifest, this.options.wanted.embedder, this.options.wanted.transformersModel);
      const info = index.manifest.embedder;
      const embedder = this.embedders.for(info);
      const previous = this.state?.id;
      this.state = { id, index, lookups: indexLookups(index), embedder };
      this.options.logger?.info({ buildId: id, previous, passages: index.passages.length }, 'index loaded from the search database');
    } catch (error) {
      if (isConnectionError(error)) throw tryAgainShortly(error); // Retried on the next request.
      this.failedId = id;
      this.failure = error;
      if (this.state === null) throw error;
      this.options.logger?.error({ err: error, buildId: id }, 'new build could not be loaded; keeping the previous one');
    }
  }
}
