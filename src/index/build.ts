import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { cleanArticle } from '../corpus/clean.js';
import { loadCorpus } from '../corpus/load.js';
import type { Article, CorpusWarning, Passage } from '../corpus/types.js';
import type { Embedder } from '../embed/types.js';
import { CitebotError } from '../errors.js';
import { chunkArticleCounted, DEFAULT_CHUNKER, type ChunkerSettings } from '../text/chunk.js';
import { cacheFileFor, embedWithCache, EmbeddingCache } from './embedding-cache.js';
import { addDocs, buildBm25, removeDocs, type Bm25Index } from './lexical.js';
import { guardFsAsync } from './fs-errors.js';
import { acquireBuildLock } from './lock.js';
import { MANIFEST_VERSION, type Manifest } from './manifest.js';
import { readIndex, writeIndex, type LoadedIndex, type StoredArticle } from './store.js';
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
}

async function readArticles(paths: string[]): Promise<{ articles: Article[]; warnings: CorpusWarning[] }> {
  const warnings: CorpusWarning[] = [];
  const seen = new Set<string>();
  const articles: Article[] = [];
  for (const corpusPath of paths) {
    const loaded = await loadCorpus(corpusPath);
    warnings.push(...loaded.warnings);
    for (const raw of loaded.articles) {
      if (seen.has(raw.id)) {
        warnings.push({ file: raw.source.file, reason: `duplicate article id ${raw.id}; the first one is kept` });
        continue;
      }
      seen.add(raw.id);
      const article = cleanArticle(raw);
      if (article.text.trim() === '') {
        warnings.push({
          file: raw.source.file,
          reason: 'nothing but page chrome (captions, links, widgets) is left after cleaning, skipped',
        });
      } else articles.push(article);
    }
  }
  if (articles.length === 0) {
    const skipped = warnings.slice(0, 3).map((w) => `${w.file}: ${w.reason}`);
    throw new CitebotError('CORPUS_EMPTY', `No usable article was found in ${paths.join(', ')}.`, {
      hint: `Add .md, .txt, .html or .jsonl articles there, or point CORPUS_PATH at another folder.${
        skipped.length > 0 ? ` Skipped: ${skipped.join('; ')}` : ''
      }`,
    });
  }
  return { articles, warnings };
}

/** Passages of every article; an article with sentences too long to quote whole is named in the warnings. */
function chunkAll(articles: Article[], chunker: ChunkerSettings, warnings: CorpusWarning[]): Passage[] {
  const passages: Passage[] = [];
  for (const article of articles) {
    const { passages: own, forcedCuts } = chunkArticleCounted(article.id, article.text, chunker);
    if (forcedCuts > 0) {
      warnings.push({
        file: article.source.file,
        reason: `runs on for more than ${chunker.maxChars} characters without a sentence end; cut at word boundaries ${forcedCuts} times`,
      });
    }
    for (const passage of own) passages.push(passage);
  }
  return passages;
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
    const corpusHash = createHash('sha256')
      .update(articles.map((a) => `${a.id}:${a.contentHash}`).join('\n'))
      .digest('hex');
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
    const vectorStore = HnswVectorStore.build(vectors, info.dimensions, hnsw);

    // Lexical index: start from the previous one when chunking is the same, and redo only changed articles.
    const oldHashes = new Map((compatible ? previous.articles : []).map((a) => [a.id, a.contentHash]));
    const unchanged = new Set(articles.filter((a) => oldHashes.get(a.id) === a.contentHash).map((a) => a.id));
    let lexical: Bm25Index;
    if (compatible) {
      const stale = previous.passages.filter((p) => !unchanged.has(p.articleId)).map((p) => p.id);
      lexical = addDocs(
        removeDocs(previous.lexical.source, stale),
        passages.filter((p) => !unchanged.has(p.articleId)),
      );
    } else {
      lexical = buildBm25(passages);
    }

    const stored: StoredArticle[] = articles.map((a) => ({
      id: a.id,
      source: a.source,
      contentHash: a.contentHash,
      text: a.text,
      gaps: a.gaps,
    }));
    lock.assertHeld(); // A build that lost its lock must not replace the index another build is writing.
    const manifest = writeIndex(options.indexDir, {
      manifest: {
        formatVersion: MANIFEST_VERSION,
        buildId: `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`,
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
    return { manifest, warnings, upToDate: false, embedded, reusedArticles: unchanged.size };
  } finally {
    lock.release();
  }
}
