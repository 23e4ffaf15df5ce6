import { MANIFEST_VERSION, type Manifest } from './manifest.js';
import { createHash, randomUUID } from 'node:crypto';
import { cleanArticle } from '../corpus/clean.js';
import { loadCorpus } from '../corpus/load.js';
import type { Article, CorpusWarning, Passage } from '../corpus/types.js';
import { CitebotError } from '../errors.js';
import { chunkArticleCounted, type ChunkerSettings } from '../text/chunk.js';
import { addDocs, buildBm25, type Bm25Index } from './lexical.js';
import type { StoredArticle } from './store.js';

// The steps every build shares, whichever backend it writes to: read, clean, chunk, hash, lexical statistics.

/** Reads and cleans every article; later duplicates of an id and articles left empty by cleaning are skipped with a warning. */
export async function readArticles(paths: string[]): Promise<{ articles: Article[]; warnings: CorpusWarning[] }> {
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

/**
 * Passages of every article; an article with sentences too long to quote whole is named in the
 * warnings. `kept` holds the passages of articles the previous build chunked with the same
 * settings and whose content hash is unchanged ({@link unchangedPassages}): chunking is a function
 * of the text and the settings, so they are taken as they are, and only the articles chunked
 * in this build are warned about (as an up-to-date build warns about none).
 */
export function chunkAll(
  articles: Article[],
  chunker: ChunkerSettings,
  warnings: CorpusWarning[],
  kept: ReadonlyMap<string, readonly Passage[]> = new Map(),
): Passage[] {
  const passages: Passage[] = [];
  for (const article of articles) {
    const previous = kept.get(article.id);
    if (previous) {
      for (const passage of previous) passages.push(passage);
      continue;
    }
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

/** The previous build's passages of each article whose content hash is unchanged, by article id. */
export function unchangedPassages(
  previous: { articles: readonly StoredArticle[]; passages: readonly Passage[] },
  articles: readonly Article[],
): Map<string, Passage[]> {
  const oldHashes = new Map(previous.articles.map((a) => [a.id, a.contentHash]));
  const kept = new Map(articles.filter((a) => oldHashes.get(a.id) === a.contentHash).map((a) => [a.id, [] as Passage[]]));
  for (const passage of previous.passages) kept.get(passage.articleId)?.push(passage);
  return kept;
}

/** One hash over every article id and content hash: equal hashes mean an unchanged corpus. */
export function corpusHashOf(articles: readonly Article[]): string {
  return createHash('sha256')
    .update(articles.map((a) => `${a.id}:${a.contentHash}`).join('\n'))
    .digest('hex');
}

/** An article as stored in an index. */
export function storedArticle(a: Article): StoredArticle {
  return { id: a.id, source: a.source, contentHash: a.contentHash, text: a.text, gaps: a.gaps };
}

/**
 * The BM25 index of a new build: the previous build's (when chunking is the same) with only the
 * changed articles redone, or a fresh one. Also which articles were unchanged.
 */
export function nextLexical(
  previous: { articles: readonly StoredArticle[]; passages: readonly Passage[]; lexical: { source: Bm25Index } } | null,
  articles: readonly Article[],
  passages: readonly Passage[],
): { lexical: Bm25Index; unchanged: Set<string> } {
  const oldHashes = new Map((previous?.articles ?? []).map((a) => [a.id, a.contentHash]));
  const unchanged = new Set(articles.filter((a) => oldHashes.get(a.id) === a.contentHash).map((a) => a.id));
  if (previous === null) return { lexical: buildBm25([...passages]), unchanged };
  const stale = previous.passages.filter((p) => !unchanged.has(p.articleId)).map((p) => p.id);
  const lexical = addDocs(
    previous.lexical.source,
    passages.filter((p) => !unchanged.has(p.articleId)),
    stale,
  );
  return { lexical, unchanged };
}

/** A build id: sortable by time, unique, and a plain folder name (see BUILD_ID in store.ts). */
export function newBuildId(): string {
  return `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`;
}

/** The manifest of a new build (without its file records, which the writer adds): one shape for files and database. */
export function newManifest(fields: Pick<Manifest, 'embedder' | 'chunker' | 'hnsw' | 'corpusHash' | 'counts'>): Omit<Manifest, 'files'> {
  return { formatVersion: MANIFEST_VERSION, buildId: newBuildId(), builtAt: new Date().toISOString(), ...fields };
}
