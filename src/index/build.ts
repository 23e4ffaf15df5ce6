import path from 'node:path';
import type { CorpusWarning } from '../corpus/types.js';
import type { Embedder } from '../embed/types.js';
import { DEFAULT_CHUNKER, type ChunkerSettings } from '../text/chunk.js';
import { cacheFileFor, embedWithCache, EmbeddingCache } from './embedding-cache.js';
import { guardFsAsync } from './fs-errors.js';
import { planGraph } from './graph-plan.js';
import { acquireBuildLock } from './lock.js';
import { MANIFEST_VERSION, type Manifest } from './manifest.js';
import { chunkAll, corpusHashOf, newBuildId, nextLexical, readArticles, storedArticle } from './prepare.js';
import { readIndex, writeIndex, type LoadedIndex } from './store.js';
import { DEFAULT_HNSW, HnswVectorStore, type HnswSettings } from './vector-store.js';

/** What to build from, and how. */
export interface BuildOptions {
  /** Corpus folders or files; later duplicates of an article id are skipped with a warning. */
  corpusPaths: string[];
  indexDir: string;
  embedder: Embedder;
  chunker?: ChunkerSettings;
  hnsw?: HnswSettings;
  /** Ignore the previous build and the up-to-date check (the embedding cache still applies). */
  force?: boolean;
  batchSize?: number;
  /** Where embeddings are cached (default `<indexDir>/cache`); indexes over overlapping corpora can share one. */
  cacheDir?: string;
  onProgress?: (stage: 'embed', done: number, total: number) => void;
}

/** What a build did, for the CLI's summary line and for benchmarks. */
export interface BuildResult {
  manifest: Manifest;
  warnings: CorpusWarning[];
  upToDate: boolean;
  /** Passages sent to the model in this build (the rest came from the cache). */
  embedded: number;
  /** Articles whose passages were unchanged since the previous build. */
  reusedArticles: number;
  /** Local builds: whether the previous HNSW graph was extended, or why it was built from scratch. */
  graph?: { extended: true } | { extended: false; reason: string };
}

function previousBuild(indexDir: string): LoadedIndex | null {
  try {
    return readIndex(indexDir);
  } catch {
    return null; // Missing or unreadable: this build starts from scratch.
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Cleans, chunks and embeds the corpus and writes a new index atomically. Incremental: vectors
 * come from a content-addressed cache, and the lexical index of unchanged articles is kept.
 */
export async function buildIndex(options: BuildOptions): Promise<BuildResult> {
  return guardFsAsync(options.indexDir, () => buildLocked(options));
}

async function buildLocked(options: BuildOptions): Promise<BuildResult> {
  const chunker = options.chunker ?? DEFAULT_CHUNKER;
  const hnsw = options.hnsw ?? DEFAULT_HNSW;
  const lock = acquireBuildLock(options.indexDir);
  try {
    const { articles, warnings } = await readArticles(options.corpusPaths);
    const info = await options.embedder.describe();
    const corpusHash = corpusHashOf(articles);
    const previous = options.force ? null : previousBuild(options.indexDir);
    const compatible = previous !== null && sameJson(previous.manifest.embedder, info) && sameJson(previous.manifest.chunker, chunker);
    if (compatible && previous.manifest.corpusHash === corpusHash && sameJson(previous.manifest.hnsw, hnsw)) {
      return { manifest: previous.manifest, warnings, upToDate: true, embedded: 0, reusedArticles: articles.length };
    }

    const passages = chunkAll(articles, chunker, warnings);
    const cache = EmbeddingCache.open(cacheFileFor(options.cacheDir ?? path.join(options.indexDir, 'cache'), info), info.dimensions);
    const { vectors, embedded } = await embedWithCache(
      options.embedder,
      cache,
      passages.map((p) => p.text),
      {
        batchSize: options.batchSize,
        onProgress: (done, total) => options.onProgress?.('embed', done, total),
      },
    );
    const { store: vectorStore, graph } = nextGraph(
      compatible && sameJson(previous.manifest.hnsw, hnsw) ? previous : null,
      passages,
      vectors,
      {
        dimensions: info.dimensions,
        hnsw,
      },
    );

    const { lexical, unchanged } = nextLexical(compatible ? previous : null, articles, passages);
    const stored = articles.map(storedArticle);
    lock.assertHeld(); // A build that lost its lock must not replace the index another build is writing.
    const manifest = writeIndex(options.indexDir, {
      manifest: {
        formatVersion: MANIFEST_VERSION,
        buildId: newBuildId(),
        builtAt: new Date().toISOString(),
        embedder: info,
        chunker,
        hnsw,
        corpusHash,
        counts: { articles: articles.length, passages: passages.length },
      },
      articles: stored,
      passages,
      vectors: vectorStore,
      lexical,
    });
    return { manifest, warnings, upToDate: false, embedded, reusedArticles: unchanged.size, graph };
  } finally {
    lock.release();
  }
}

/**
 * The graph of the new build: the previous build's graph extended with only the new vectors
 * (passages keep their slots), unless there is none to extend or graph-plan.ts says to rebuild.
 */
function nextGraph(
  previous: LoadedIndex | null,
  passages: readonly { text: string }[],
  vectors: readonly Float32Array[],
  settings: { dimensions: number; hnsw: HnswSettings },
): { store: HnswVectorStore; graph: NonNullable<BuildResult['graph']> } {
  const rebuild = (reason: string) => ({
    store: HnswVectorStore.build(vectors, settings.dimensions, settings.hnsw),
    graph: { extended: false as const, reason },
  });
  if (previous === null || !(previous.vectors instanceof HnswVectorStore)) return rebuild('no compatible previous build');
  const plan = planGraph(
    { passages: previous.passages, vectors: previous.vectors },
    passages.map((p) => p.text),
  );
  if (plan.kind === 'rebuild') return rebuild(plan.reason);
  return { store: previous.vectors.extend(vectors, plan.reuse), graph: { extended: true } };
}
