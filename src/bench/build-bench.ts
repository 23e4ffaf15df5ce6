/** Index build times: cold (empty embedding cache), warm (cache copied in) and incremental (one article edited). */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cleanArticle, cleanText } from '../corpus/clean.js';
import { loadCorpus } from '../corpus/load.js';
import type { Config } from '../config.js';
import { defaultPoolSize, type EmbedderPool } from '../embed/pool.js';
import type { Embedder } from '../embed/types.js';
import { buildIndex } from '../index/build.js';
import { cacheFileFor, embedWithCache, EmbeddingCache } from '../index/embedding-cache.js';
import { buildFromConfig } from '../index/from-config.js';
import { DEFAULT_HNSW, HnswVectorStore } from '../index/vector-store.js';
import { buildBm25 } from '../index/lexical.js';
import { chunkArticle } from '../text/chunk.js';
import { CACHE_DIR, say } from './paths.js';
import { summarize, type Summary } from './stats.js';
import type { BuildSliceResult, BuildStageBreakdown, ColdRun } from './types.js';

export interface SliceSpec {
  name: string;
  /** A folder holding the slice's corpus files (read-only here; copied before edits). */
  corpusDir: string;
  coldReps: number;
  warmReps: number;
  incrementalReps: number;
  /** When given, cold builds run as `npm run index` runs them (buildFromConfig: one model per core); otherwise in-process. */
  coldConfig?: Config;
}

/** Where a slice's embedding cache is kept between benchmark runs. */
export const sliceCacheDir = (name: string) => path.join(CACHE_DIR, 'slices', name);

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return total;
}

/** Keeps the bigger of the stored and the fresh embedding cache of a slice. */
function persistCache(name: string, indexDir: string): void {
  const fresh = path.join(indexDir, 'cache');
  const kept = sliceCacheDir(name);
  if (dirBytes(fresh) > dirBytes(kept)) {
    rmSync(kept, { recursive: true, force: true });
    mkdirSync(path.dirname(kept), { recursive: true });
    cpSync(fresh, kept, { recursive: true });
  }
}

function seedCache(name: string, indexDir: string): void {
  const kept = sliceCacheDir(name);
  if (existsSync(kept)) cpSync(kept, path.join(indexDir, 'cache'), { recursive: true });
}

/** Changes one article of a corpus copy: appends a sentence to the `which`-th article. */
export function editOneArticle(corpusDir: string, which: number, mark: string): void {
  const files = readdirSync(corpusDir).sort();
  const jsonl = files.find((f) => f.endsWith('.jsonl'));
  if (jsonl) {
    const file = path.join(corpusDir, jsonl);
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const i = which % lines.length;
    const record = JSON.parse(lines[i]!) as { text: string };
    record.text = `${record.text}\n\nBenchmark edit ${mark}: this sentence was added to measure an incremental rebuild.`;
    lines[i] = JSON.stringify(record);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return;
  }
  const file = path.join(corpusDir, files[which % files.length]!);
  writeFileSync(
    file,
    `${readFileSync(file, 'utf8')}\n\nBenchmark edit ${mark}: this sentence was added to measure an incremental rebuild.\n`,
  );
}

async function timeBuild(
  corpusDir: string,
  indexDir: string,
  embedder: Embedder,
  force: boolean,
  onProgress?: (done: number, total: number) => void,
) {
  const t0 = performance.now();
  const result = await buildIndex({
    corpusPaths: [corpusDir],
    indexDir,
    embedder,
    force,
    onProgress: onProgress && ((_s, d, t) => onProgress(d, t)),
  });
  return { ms: performance.now() - t0, result };
}

export interface BuiltSlice {
  result: BuildSliceResult;
  /** A warm index of the slice, kept for the end-to-end section. */
  indexDir: string;
}

/**
 * A cold build as the CLI runs it, with its CPU time (all threads) and its steady embedding rate
 * (passages between the first and the last batch done, over the time between them).
 */
async function coldCliBuild(config: Config, corpusDir: string, indexDir: string, onProgress: (done: number, total: number) => void) {
  const marks: [number, number][] = [];
  let pool: EmbedderPool | null = null;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await buildFromConfig(
    { ...config, embedder: 'use-lite', search: { backend: 'local' } },
    {
      rebuild: true,
      corpusPaths: [corpusDir],
      indexDir,
      onPool: (p) => (pool = p),
      onProgress: (done, total) => {
        marks.push([performance.now(), done]);
        onProgress(done, total);
      },
    },
  );
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const [first, last] = [marks.find(([, done]) => done > 0), marks.at(-1)];
  const steadyRate = first && last && last[0] > first[0] ? ((last[1] - first[1]) / (last[0] - first[0])) * 1000 : null;
  const workerBusy = (pool as EmbedderPool | null)?.busyShare() ?? null;
  const run: ColdRun = { ms, cpuMs: (cpu.user + cpu.system) / 1000, poolSize: defaultPoolSize(), steadyRate, workerBusy };
  return { ms, result, run };
}

export async function benchSlice(spec: SliceSpec, workDir: string, embedder: Embedder, embedRate: number | null): Promise<BuiltSlice> {
  const dir = path.join(workDir, spec.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const cold: number[] = [];
  const coldRuns: ColdRun[] = [];
  let articles = 0;
  let passages = 0;
  let indexBytes = 0;
  for (let r = 0; r < spec.coldReps; r++) {
    const indexDir = path.join(dir, `cold-${r}`);
    let last = 0;
    const progress = (done: number, total: number) => {
      if (total >= 500 && (done - last >= 1000 || done === total)) {
        last = done;
        say(`  ${spec.name} cold build ${r + 1}/${spec.coldReps}: embedded ${done}/${total}`);
      }
    };
    const { ms, result, run } = spec.coldConfig
      ? await coldCliBuild(spec.coldConfig, spec.corpusDir, indexDir, progress)
      : { ...(await timeBuild(spec.corpusDir, indexDir, embedder, true, progress)), run: null };
    cold.push(ms);
    if (run) coldRuns.push(run);
    articles = result.manifest.counts.articles;
    passages = result.manifest.counts.passages;
    indexBytes = dirBytes(path.join(indexDir, 'builds', result.manifest.buildId));
    persistCache(spec.name, indexDir);
    rmSync(indexDir, { recursive: true, force: true });
    say(
      `  ${spec.name}: cold build ${r + 1}/${spec.coldReps} ${(ms / 1000).toFixed(1)} s (${passages} passages, ${result.embedded} embedded)`,
    );
  }

  const warm: number[] = [];
  const warmDir = path.join(dir, 'warm');
  for (let r = 0; r < spec.warmReps; r++) {
    rmSync(warmDir, { recursive: true, force: true });
    seedCache(spec.name, warmDir);
    const { ms, result } = await timeBuild(spec.corpusDir, warmDir, embedder, true);
    // Without a cold build first (a section that only needs an index) there is no cache to reuse.
    if (result.embedded > 0 && spec.coldReps > 0) say(`  ${spec.name}: warm build still embedded ${result.embedded} passages`);
    warm.push(ms);
  }
  say(`  ${spec.name}: warm builds ${warm.map((m) => (m / 1000).toFixed(2)).join(', ')} s`);

  // Incremental: a private copy of the corpus, built once, then one article edited per rebuild.
  const incCorpus = path.join(dir, 'inc-corpus');
  const incIndex = path.join(dir, 'inc-index');
  cpSync(spec.corpusDir, incCorpus, { recursive: true });
  seedCache(spec.name, incIndex);
  await buildIndex({ corpusPaths: [incCorpus], indexDir: incIndex, embedder });
  const incremental: number[] = [];
  const incrementalEmbedded: number[] = [];
  for (let r = 0; r < spec.incrementalReps; r++) {
    editOneArticle(incCorpus, r * 7 + 3, `${Date.now()}-${r}`);
    const { ms, result } = await timeBuild(incCorpus, incIndex, embedder, false);
    incremental.push(ms);
    incrementalEmbedded.push(result.embedded);
  }
  rmSync(incIndex, { recursive: true, force: true });
  rmSync(incCorpus, { recursive: true, force: true });
  if (incremental.length > 0) say(`  ${spec.name}: incremental rebuilds ${incremental.map((m) => (m / 1000).toFixed(2)).join(', ')} s`);

  const coldS = summarize(cold);
  const warmS = summarize(warm);
  const incS = summarize(incremental);
  const predictedEmbedMs = embedRate ? (passages / embedRate) * 1000 : null;
  return {
    indexDir: warmDir,
    result: {
      slice: spec.name,
      articles,
      passages,
      cold: coldS,
      warm: warmS,
      incremental: incS,
      incrementalEmbedded,
      incrementalOverCold: incS.median / coldS.median,
      warmOverCold: warmS.median / coldS.median,
      predictedEmbedMs,
      coldOverPredicted: predictedEmbedMs ? coldS.median / predictedEmbedMs : Number.NaN,
      indexBytes,
      ...(coldRuns.length > 0 ? { coldRuns } : {}),
    },
  };
}

/** 2 MB paragraphs, one of sentences and one with no sentence end: cleaning and chunking must stay linear. */
const GIANT_PARAGRAPHS = {
  'clean + chunk, 2 MB paragraph of sentences': 'The minister said on Tuesday that the talks would go on. ',
  'clean + chunk, 2 MB paragraph without punctuation': 'lorem ipsum dolor sit amet ',
};

function giantParagraphs(add: (stage: string, ms: number) => void): void {
  for (const [stage, unit] of Object.entries(GIANT_PARAGRAPHS)) {
    const raw = unit.repeat(Math.ceil((2 * 1024 * 1024) / unit.length));
    const t = performance.now();
    chunkArticle('giant', cleanText(raw).text);
    add(stage, performance.now() - t);
  }
}

/** Times the parts of a warm build by calling them directly (passage-level stages, as build.ts does them). */
export async function buildBreakdown(spec: SliceSpec, embedder: Embedder, repetitions: number): Promise<BuildStageBreakdown> {
  const info = await embedder.describe();
  const samples: Record<string, number[]> = {};
  const add = (stage: string, ms: number) => (samples[stage] ??= []).push(ms);
  let passages = 0;
  for (let r = 0; r < repetitions; r++) {
    let t = performance.now();
    const loaded = await loadCorpus(spec.corpusDir);
    add('read files', performance.now() - t);
    t = performance.now();
    const articles = loaded.articles.map(cleanArticle);
    add('clean', performance.now() - t);
    t = performance.now();
    const ps = articles.flatMap((a) => chunkArticle(a.id, a.text));
    add('chunk', performance.now() - t);
    passages = ps.length;
    t = performance.now();
    const cache = EmbeddingCache.open(cacheFileFor(sliceCacheDir(spec.name), info), info.dimensions);
    add('open embedding cache', performance.now() - t);
    t = performance.now();
    const { vectors, embedded } = await embedWithCache(
      embedder,
      cache,
      ps.map((p) => p.text),
    );
    add('cache lookup (sha256 per passage)', performance.now() - t);
    if (embedded > 0) say(`  breakdown: ${embedded} passages were not cached`);
    t = performance.now();
    HnswVectorStore.build(vectors, info.dimensions, DEFAULT_HNSW);
    add('HNSW graph build', performance.now() - t);
    t = performance.now();
    buildBm25(ps);
    add('BM25 build', performance.now() - t);
    giantParagraphs(add);
  }
  const stages: Record<string, Summary> = {};
  for (const [k, v] of Object.entries(samples)) stages[k] = summarize(v);
  return { slice: spec.name, passages, stages };
}
