import type { Config } from '../config.js';
import { createEmbedderFor } from '../embed/factory.js';
import { createTranslator } from '../translate/factory.js';
import type { EmbedderInfo } from '../embed/types.js';
import type { Logger } from '../logger.js';
import type { AbstainModel } from '../retrieval/abstain.js';
import type { RankerModel } from '../retrieval/rerank.js';
import type { RetrievalSettings } from '../retrieval/retriever.js';
import { openDatabase } from '../index/postgres/database.js';
import { currentBuildId } from '../index/store.js';
import { DatabaseIndexProvider } from './database-provider.js';
import { ReloadingIndexProvider } from './index-provider.js';
import { LocalAnswerService, type CurrentIndex } from './local-service.js';
import type { TranslatorChoice } from './reading.js';

/** What callers may change from the configuration and the measured defaults. */
export interface AnswerServiceOverrides {
  /** Default: `config.indexDir` (evaluation reads indexes built elsewhere). */
  indexDir?: string;
  /** Retrieval settings, e.g. `{ mode: 'bm25' }` to score one signal alone. */
  retrieval?: Partial<RetrievalSettings>;
  /** Default: the calibrated model in src/retrieval/abstain-model.ts. */
  abstain?: AbstainModel;
  /** Default: the fitted model in src/retrieval/ranker-model.ts. */
  ranker?: RankerModel;
  /** Default: the engine `config.translation` names (Apertium when installed). */
  translator?: () => Promise<TranslatorChoice>;
  logger?: Logger;
}

/** The service, and the index it currently answers from (for calibration and benchmarks). */
export interface CreatedAnswerService {
  service: LocalAnswerService;
  /** The index in service, what was derived from it, and its embedder; loads it if needed. */
  current(): Promise<CurrentIndex>;
  /**
   * Whether there is a build to answer from. With the database backend this is where an
   * unreachable database or an old schema is reported at start-up, naming DATABASE_URL.
   */
  check(): Promise<boolean>;
  /** Closes the database pool, if any. */
  close(): Promise<void>;
}

/**
 * The one way to make the answer service: over the index in `config.indexDir` (or the
 * override), or the current build in the search database with SEARCH_BACKEND=postgres,
 * embedding questions with the model the index was built with. The index loads on
 * first use and reloads when it is rebuilt.
 */
export function createAnswerService(config: Config, overrides: AnswerServiceOverrides = {}): CreatedAnswerService {
  const wanted = { embedder: config.embedder, transformersModel: config.transformersModel };
  const embedderFor = (info: EmbedderInfo) => createEmbedderFor(info, config);
  const db = config.search.backend === 'postgres' ? openDatabase(config.search.databaseUrl) : null;
  const provider = db
    ? new DatabaseIndexProvider({ db, wanted, embedderFor, logger: overrides.logger })
    : new ReloadingIndexProvider({ indexDir: overrides.indexDir ?? config.indexDir, wanted, embedderFor, logger: overrides.logger });
  const service = new LocalAnswerService(provider, {
    retrieval: overrides.retrieval,
    abstain: overrides.abstain,
    ranker: overrides.ranker,
    translator: overrides.translator ?? (() => createTranslator(config)),
    logger: overrides.logger,
  });
  return {
    service,
    current: () => provider.current(),
    check: async () => (provider instanceof DatabaseIndexProvider ? provider.check() : currentBuildId(provider.indexDir) !== null),
    close: async () => db?.close(),
  };
}
