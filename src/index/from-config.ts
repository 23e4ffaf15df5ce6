import type { Config } from '../config.js';
import { createEmbedder } from '../embed/factory.js';
import { EmbedderPool, defaultPoolSize } from '../embed/pool.js';
import { buildIndex, type BuildResult } from './build.js';
import { buildIntoDatabase, defaultCacheDir } from './postgres/build.js';
import { openDatabase, reaching } from './postgres/database.js';

/** Where and how {@link buildFromConfig} builds, and whom it tells about it. */
export interface BuildFromConfigOptions {
  /** Ignore the previous build (the embedding cache still applies). */
  rebuild?: boolean;
  /** Default: `config.corpusPath`. */
  corpusPaths?: string[];
  /** Default: `config.indexDir`. */
  indexDir?: string;
  cacheDir?: string;
  /** Model copies to embed with in parallel; default one per core. 1 embeds in-process. */
  poolSize?: number;
  /** Passages embedded so far, of how many. */
  onProgress?: (done: number, total: number) => void;
  /** One line for the person running the build, such as the embedder falling back to USE-Lite. */
  onNote?: (line: string) => void;
  /** Told the pool of embedding workers when there is one (benchmarks read its statistics). */
  onPool?: (pool: EmbedderPool) => void;
  /** With SEARCH_BACKEND=postgres: started once passages await vectors (embedding worker processes), stopped before the switch. */
  startHelpers?: () => { stop(): Promise<void> };
}

/**
 * Builds (or refreshes) the index that `config` describes, with the configured embedder. The
 * corpus warnings come back in the result; progress and notes go out through the callbacks,
 * so the caller decides where they are shown (the CLI: src/cli/build.ts).
 */
export async function buildFromConfig(config: Config, options: BuildFromConfigOptions = {}): Promise<BuildResult> {
  // Resolve the model first (auto may fall back), then embed in bulk on every core.
  const chosen = createEmbedder(config, (line) => options.onNote?.(line));
  const info = await chosen.describe();
  const poolSize = options.poolSize ?? defaultPoolSize();
  const pool = poolSize > 1 ? new EmbedderPool(info, config, poolSize, chosen) : null;
  if (pool) options.onPool?.(pool);
  try {
    if (config.search.backend === 'postgres') {
      const db = openDatabase(config.search.databaseUrl, { max: 2 });
      try {
        return await reaching(db, () =>
          buildIntoDatabase({
            db,
            corpusPaths: options.corpusPaths ?? [config.corpusPath],
            embedder: pool ?? chosen,
            force: options.rebuild,
            cacheDir: options.cacheDir ?? defaultCacheDir(options.indexDir ?? config.indexDir),
            batchSize: pool ? 32 * poolSize : undefined,
            startHelpers: options.startHelpers,
            onProgress: (_stage, done, total) => options.onProgress?.(done, total),
          }),
        );
      } finally {
        await db.close();
      }
    }
    return await buildIndex({
      corpusPaths: options.corpusPaths ?? [config.corpusPath],
      indexDir: options.indexDir ?? config.indexDir,
      embedder: pool ?? chosen,
      force: options.rebuild,
      cacheDir: options.cacheDir,
      batchSize: pool ? 32 * poolSize : undefined,
      onProgress: (_stage, done, total) => options.onProgress?.(done, total),
    });
  } finally {
    await pool?.close();
  }
}
