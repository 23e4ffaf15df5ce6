import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ArticleSource, Passage } from '../corpus/types.js';
import { CitebotError } from '../errors.js';
import { flushFile, replaceAtomically, writeDurable } from './files.js';
import { guardFs } from './fs-errors.js';
import { parseBm25, serializeBm25, type Bm25Index } from './lexical.js';
import { prepareBm25, type PreparedBm25 } from './lexical-prepared.js';
import { corrupt, parseManifest, type Manifest } from './manifest.js';
import { HnswVectorStore, type VectorStore } from './vector-store.js';
import { recordFile, verifyFiles } from './verify.js';

/** An article as kept in the index: its cleaned text is what quotes are checked against. */
export interface StoredArticle {
  id: string;
  source: ArticleSource;
  contentHash: string;
  text: string;
  /** Offsets in `text` where cleaning removed text between two paragraphs (see Article.gaps). */
  gaps: number[];
}

/**
 * A loaded, verified index, ready to search: what {@link readIndex} returns. Retrieval and
 * the answer service read parts of it through narrower views (`Pick`s of this type).
 */
export interface LoadedIndex {
  manifest: Manifest;
  /** Folder of this build (for change detection by readers). */
  dir: string;
  articles: StoredArticle[];
  /** passages[label] is the passage behind vector `label`. */
  passages: Passage[];
  /** passage id → position in `passages` (and vector label). */
  labels: ReadonlyMap<string, number>;
  vectors: VectorStore;
  /** The lexical index, parsed and prepared for search; `lexical.source` is the stored form. */
  lexical: PreparedBm25;
}

const FILES = {
  manifest: 'manifest.json',
  passages: 'passages.json',
  vectors: 'vectors.hnsw',
  packed: 'vectors.f32',
  lexical: 'lexical.json',
} as const;
const POINTER = 'CURRENT';

/**
 * What a build id may be: a single folder name of plain characters. Anything else in CURRENT
 * (a path such as `../../etc`, binary garbage) is refused before it is used as a path.
 */
const BUILD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/u;

/**
 * The build id the index directory currently points at, or null when there is none. A pointer
 * that is not a plain build id is INDEX_CORRUPT; its bytes are never echoed (they may be
 * terminal escapes) and never followed as a path.
 */
export function currentBuildId(indexDir: string): string | null {
  const pointer = path.join(indexDir, POINTER);
  const id = guardFs(pointer, () => (existsSync(pointer) ? readFileSync(pointer, 'utf8').trim() : ''));
  if (id === '') return null;
  if (!BUILD_ID.test(id))
    throw corrupt(indexDir, `its ${POINTER} file does not hold a build id (${Buffer.byteLength(id)} bytes of something else)`);
  return id;
}

/**
 * Writes a complete build into its own folder, then points CURRENT at it with one rename.
 * A reader therefore sees the previous build or the new one, never a half-written one, and
 * a failed build leaves the previous good index in place. Keeps the previous build for readers
 * that are still on it.
 */
export function writeIndex(indexDir: string, build: BuildContents): Manifest {
  return guardFs(indexDir, () => writeBuild(indexDir, build));
}

/** passages.json: articles, passages without their text (sliced from the article), and graph slots (format 4). */
interface StoredPassages {
  articles: StoredArticle[];
  passages: Omit<Passage, 'text'>[];
  graph?: { slots: number[]; inserted: number };
}

/** Everything {@link writeIndex} stores of one build. */
export interface BuildContents {
  manifest: Omit<Manifest, 'files'>;
  articles: StoredArticle[];
  passages: Passage[];
  vectors: HnswVectorStore;
  lexical: Bm25Index;
}

function writeBuild(indexDir: string, build: BuildContents): Manifest {
  const buildsDir = path.join(indexDir, 'builds');
  const partial = path.join(buildsDir, `${build.manifest.buildId}.partial`);
  const final = path.join(buildsDir, build.manifest.buildId);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const passages = build.passages.map(({ text: _text, ...rest }) => rest);
  const graph = { slots: build.vectors.slots, inserted: build.vectors.inserted };
  writeDurable(path.join(partial, FILES.passages), JSON.stringify({ articles: build.articles, passages, graph }));
  writeDurable(path.join(partial, FILES.lexical), serializeBm25(build.lexical));
  build.vectors.save(path.join(partial, FILES.vectors), path.join(partial, FILES.packed));
  for (const name of [FILES.vectors, FILES.packed]) flushFile(path.join(partial, name));
  const files = Object.fromEntries(
    [FILES.passages, FILES.lexical, FILES.vectors, FILES.packed].map((name) => [name, recordFile(path.join(partial, name))]),
  );
  const manifest: Manifest = { ...build.manifest, files };
  writeDurable(path.join(partial, FILES.manifest), JSON.stringify(manifest, null, 2));
  renameSync(partial, final);
  // A pointer that holds no build id is what this build repairs: there is then no previous build to keep.
  const previous = (() => {
    try {
      return currentBuildId(indexDir);
    } catch {
      return null;
    }
  })();
  replaceAtomically(path.join(indexDir, POINTER), manifest.buildId);
  for (const name of readdirSync(buildsDir)) {
    if (name !== manifest.buildId && name !== previous) rmSync(path.join(buildsDir, name), { recursive: true, force: true });
  }
  return manifest;
}

/** Reads only the manifest of the current build (cheap; for change detection and refusals). */
export function readManifest(indexDir: string): Manifest {
  return guardFs(indexDir, () => loadManifest(indexDir));
}

function loadManifest(indexDir: string): Manifest {
  const id = currentBuildId(indexDir);
  if (id === null) {
    throw new CitebotError('INDEX_MISSING', `There is no index at ${indexDir} yet.`, { hint: 'Build it with `npm run index`.' });
  }
  const file = path.join(indexDir, 'builds', id, FILES.manifest);
  if (!existsSync(file)) throw corrupt(indexDir, `build ${id} has no manifest`);
  return parseManifest(readFileSync(file, 'utf8'), indexDir);
}

/** Loads and verifies the current build: every file must match its manifest record (see verify.ts). */
export function readIndex(indexDir: string): LoadedIndex {
  return guardFs(indexDir, () => {
    const build = loadBuild(indexDir);
    const labels = new Map(build.passages.map((p, i) => [p.id, i]));
    return { ...build, labels, lexical: prepareBm25(build.lexical.source) };
  });
}

/** A build as its next build reads it: the lexical index only in its stored form, nothing prepared for search. */
export type StoredBuild = Omit<LoadedIndex, 'labels' | 'lexical' | 'vectors'> & {
  vectors: HnswVectorStore;
  lexical: { source: Bm25Index };
};

/** Loads and verifies the current build, as {@link readIndex} does, for a build that extends it. */
export function readStoredBuild(indexDir: string): StoredBuild {
  return guardFs(indexDir, () => loadBuild(indexDir));
}

function loadBuild(indexDir: string): StoredBuild {
  const manifest = loadManifest(indexDir);
  const dir = path.join(indexDir, 'builds', manifest.buildId);
  verifyFiles(indexDir, dir, manifest.files);
  let stored: StoredPassages;
  try {
    stored = JSON.parse(readFileSync(path.join(dir, FILES.passages), 'utf8'));
  } catch (cause) {
    throw corrupt(indexDir, 'its passage store is not valid JSON', cause);
  }
  const byId = new Map(stored.articles.map((a) => [a.id, a]));
  const passages = stored.passages.map((p) => ({ ...p, text: byId.get(p.articleId)?.text.slice(p.start, p.end) ?? '' }));
  if (passages.length !== manifest.counts.passages || passages.some((p) => p.text === '')) {
    throw corrupt(indexDir, 'its passages do not match its articles');
  }
  // Format 3 has no slots (slot = position); format 4 must have one per passage.
  if (manifest.formatVersion !== 3 && stored.graph?.slots.length !== passages.length) {
    throw corrupt(indexDir, 'its passages do not match its vector slots');
  }
  let vectors: HnswVectorStore;
  try {
    vectors = HnswVectorStore.load(
      path.join(dir, FILES.vectors),
      path.join(dir, FILES.packed),
      manifest.embedder.dimensions,
      manifest.hnsw,
      stored.graph,
    );
  } catch (cause) {
    throw corrupt(indexDir, 'its vector file cannot be loaded', cause);
  }
  const lexical = { source: parseBm25(readFileSync(path.join(dir, FILES.lexical), 'utf8')) };
  return { manifest, dir, articles: stored.articles, passages, vectors, lexical };
}
