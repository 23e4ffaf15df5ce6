import path from 'node:path';
import type { Passage } from '../../corpus/types.js';
import type { Embedder, EmbedderInfo } from '../../embed/types.js';
import { CitebotError } from '../../errors.js';
import { DEFAULT_CHUNKER, type ChunkerSettings } from '../../text/chunk.js';
import type { BuildResult } from '../build.js';
import { cacheFileFor, EmbeddingCache } from '../embedding-cache.js';
import { serializeBm25 } from '../lexical.js';
import type { Manifest } from '../manifest.js';
import { chunkAll, corpusHashOf, newManifest, nextLexical, readArticles, storedArticle } from '../prepare.js';
import { DEFAULT_HNSW, type HnswSettings } from '../vector-store.js';
import { embedPending, pendingCount } from './claims.js';
import type { Database } from './database.js';
import { acquireDatabaseLock } from './lock.js';
import { readDatabaseIndex } from './read.js';
import { createSchema, dropSchema, readSchema } from './schema.js';
import { fillTermsTable, nextTermsTable } from './terms.js';
import { articleKey, existingKeys, insertArticles, switchBuild } from './write.js';

/** What to build into the database, and how. */
export interface DatabaseBuildOptions {
  db: Database;
  corpusPaths: string[];
  embedder: Embedder;
  chunker?: ChunkerSettings;
  /** Recorded in the manifest; pgvector's own HNSW settings apply in the database. */
  hnsw?: HnswSettings;
  /** Drop and recreate citebot's tables (a model change, an old schema); the embedding cache still applies. */
  force?: boolean;
  /** A local embedding cache to take vectors from (e.g. a previous `local` build's). */
  cacheDir?: string;
  batchSize?: number;
  claimMs?: number;
  /** Started once passages await vectors (e.g. embedding worker processes); stopped before the switch. */
  startHelpers?: () => { stop(): Promise<void> };
  onProgress?: (stage: 'embed', done: number, total: number) => void;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function modelMismatch(db: Database, held: EmbedderInfo, wanted: EmbedderInfo): CitebotError {
  return new CitebotError(
    'INDEX_MODEL_MISMATCH',
    `The search database (${db.where}) holds vectors of ${held.backend} (${held.modelId}, ${held.dimensions} dimensions), but this build embeds with ${wanted.backend} (${wanted.modelId}).`,
    { hint: 'Run `npm run index -- --rebuild` to replace them with the new model, or set EMBEDDER back.' },
  );
}

/**
 * Builds into PostgreSQL as {@link buildIndex} builds into files: under a build lock, only
 * changed articles get new rows (unchanged ones keep theirs and their vectors), embedding is
 * shared with any `--embed-worker` that claims batches, and the new build becomes current in one
 * transaction.
 */
export async function buildIntoDatabase(options: DatabaseBuildOptions): Promise<BuildResult> {
  const { db } = options;
  const chunker = options.chunker ?? DEFAULT_CHUNKER;
  const hnsw = options.hnsw ?? DEFAULT_HNSW;
  const lock = await acquireDatabaseLock(db);
  try {
    const { articles, warnings } = await readArticles(options.corpusPaths);
    const info = await options.embedder.describe();
    let schema = options.force ? null : await readSchema(db);
    if (schema !== null && !sameJson(schema.embedder, info)) throw modelMismatch(db, schema.embedder, info);
    if (schema === null) {
      await dropSchema(db);
      schema = await createSchema(db, info);
    }
    const previous = options.force ? null : await readDatabaseIndex(db).catch(() => null);
    const compatible = previous !== null && sameJson(previous.manifest.chunker, chunker);
    const corpusHash = corpusHashOf(articles);
    if (compatible && previous.manifest.corpusHash === corpusHash && sameJson(previous.manifest.hnsw, hnsw)) {
      return { manifest: previous.manifest, warnings, upToDate: true, embedded: 0, reusedArticles: articles.length };
    }

    const passages = chunkAll(articles, chunker, warnings);
    const byArticle = new Map<string, Passage[]>(articles.map((a) => [a.id, []]));
    for (const p of passages) byArticle.get(p.articleId)!.push(p);
    const rows = articles
      .map(storedArticle)
      .map((article) => ({ key: articleKey(article, chunker), article, passages: byArticle.get(article.id)! }));
    const existing = await existingKeys(
      db,
      rows.map((r) => r.key),
    );
    const cache = options.cacheDir ? EmbeddingCache.open(cacheFileFor(options.cacheDir, info), info.dimensions) : null;
    await insertArticles(
      db,
      rows.filter((r) => !existing.has(r.key)),
      cache,
    );

    const total = await pendingCount(db);
    options.onProgress?.('embed', 0, total);
    const helpers = total > 0 ? options.startHelpers?.() : undefined;
    try {
      await embedPending(db, options.embedder, {
        batchSize: options.batchSize,
        claimMs: options.claimMs,
        untilDone: true,
        onRemaining: (remaining) => options.onProgress?.('embed', Math.max(0, total - remaining), total),
      });
    } finally {
      await helpers?.stop();
    }

    const { lexical, unchanged } = nextLexical(compatible ? previous : null, articles, passages);
    const keys = rows.map((r) => r.key);
    const table = schema.lexical === 'bm25' ? await nextTermsTable(db) : null;
    if (table !== null) await fillTermsTable(db, table, keys);
    lock.assertHeld(); // A build that lost its lock must not switch the build another one is writing.
    const manifest: Manifest = {
      ...newManifest({ embedder: info, chunker, hnsw, corpusHash, counts: { articles: articles.length, passages: passages.length } }),
      files: {},
    };
    await switchBuild(db, manifest, { stats: serializeBm25(lexical), table }, keys);
    return { manifest, warnings, upToDate: false, embedded: total, reusedArticles: unchanged.size };
  } finally {
    await lock.releaseAsync();
  }
}

/** Where a database build looks for cached vectors by default: the local index's cache folder. */
export const defaultCacheDir = (indexDir: string) => path.join(indexDir, 'cache');
