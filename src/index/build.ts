import path from 'node:path';
import type { CorpusWarning } from '../corpus/types.js';
import type { Embedder, EmbedderInfo } from '../embed/types.js';
import { DEFAULT_CHUNKER, type ChunkerSettings } from '../text/chunk.js';
import { cacheFileFor, embedWithCache, EmbeddingCache } from './embedding-cache.js';
import { guardFsAsync } from './fs-errors.js';
import { matchPassages, planGraph } from './graph-plan.js';
import { acquireBuildLock } from './lock.js';
import type { Manifest } from './manifest.js';
import { chunkAll, corpusHashOf, newManifest, nextLexical, readArticles, storedArticle, unchangedPassages } from './prepare.js';
import { readStoredBuild, writeIndex, type StoredBuild } from './store.js';
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

function previousBuild(indexDir: string): StoredBuild | null {
  try {
    return readStoredBuild(indexDir);
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

    const base = compatible ? previous : null;
    const passages = chunkAll(articles, chunker, warnings, base ? unchangedPassages(base, articles) : undefined);
    const texts = passages.map((p) => p.text);
    const matched = base ? matchPassages(base.passages, texts) : texts.map(() => null);
    const { vectors, embedded } = await vectorsFor(texts, matched, base, options, info);
    const extendable = base !== null && sameJson(base.manifest.hnsw, hnsw) ? base : null;
    const { store: vectorStore, graph } = nextGraph(extendable, matched, vectors, { dimensions: info.dimensions, hnsw });

    const { lexical, unchanged } = nextLexical(base, articles, passages);
    const stored = articles.map(storedArticle);
    lock.assertHeld(); // A build that lost its lock must not replace the index another build is writing.
    const manifest = writeIndex(options.indexDir, {
      manifest: newManifest({
        embedder: info,
        chunker,
        hnsw,
        corpusHash,
        counts: { articles: articles.length, passages: passages.length },
      }),
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
 * Every passage's vector: a passage whose text the previous build holds takes its vector from
 * there; only the others go through the embedding cache (opened only then), and from it to the model.
 */
async function vectorsFor(
  texts: readonly string[],
  matched: readonly (number | null)[],
  previous: StoredBuild | null,
  options: BuildOptions,
  info: EmbedderInfo,
): Promise<{ vectors: Float32Array[]; embedded: number }> {
  const missing = texts.filter((_, i) => matched[i] === null);
  let fresh: Float32Array[] = [];
  let embedded = 0;
  if (missing.length > 0) {
    const cache = EmbeddingCache.open(cacheFileFor(options.cacheDir ?? path.join(options.indexDir, 'cache'), info), info.dimensions);
    ({ vectors: fresh, embedded } = await embedWithCache(options.embedder, cache, missing, {
      batchSize: options.batchSize,
      onProgress: (done, total) => options.onProgress?.('embed', done, total),
    }));
  }
  let next = 0;
  const vectors = matched.map((position) => (position === null ? fresh[next++]! : previous!.vectors.vector(position)));
  return { vectors, embedded };
}

/**
 * The graph of the new build: the previous build's graph extended with only the new vectors
 * (passages keep their slots), unless there is none to extend or graph-plan.ts says to rebuild.
 */
function nextGraph(
  previous: StoredBuild | null,
  matched: readonly (number | null)[],
  vectors: readonly Float32Array[],
  settings: { dimensions: number; hnsw: HnswSettings },
): { store: HnswVectorStore; graph: NonNullable<BuildResult['graph']> } {
  const rebuild = (reason: string) => ({
    store: HnswVectorStore.build(vectors, settings.dimensions, settings.hnsw),
    graph: { extended: false as const, reason },
  });
  if (previous === null) return rebuild('no compatible previous build');
  const plan = planGraph(previous.vectors, matched);
  if (plan.kind === 'rebuild') return rebuild(plan.reason);
  return { store: previous.vectors.extend(vectors, plan.reuse), graph: { extended: true } };
}
