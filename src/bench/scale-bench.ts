/**
 * Section 6, running at scale: the `postgres` search backend (served by PGlite in a process of
 * its own) against `local`, one gateway shard against two, and builds with 1 and 2 embedding
 * workers. Everything runs as deployed: `dist/scripts/build-index.js` and `dist/src/main.js`
 * as child processes, the Discord side being the loopback stand-in.
 */
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { passagesOf } from './corpus.js';
import { say } from './paths.js';
import { memoryOf, runToEnd, startProgram } from './processes.js';
import { serveAndMeasure } from './scale-serve.js';
import type { ScaleBuild, ScaleMemory, ScaleRun, ScaleSection } from './types.js';

export interface ScaleSpec {
  /** The corpus the bots answer from (the largest available) and its name in the report. */
  serveCorpus: { name: string; dir: string; cacheDir: string | null };
  /** A smaller corpus for the cold builds, each of which embeds all of it. */
  buildCorpus: { name: string; dir: string };
  questions: string[];
  concurrency: number[];
  bursts: number;
  workDir: string;
}

const baseEnv = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ EMBEDDER: 'use-lite', LOG_LEVEL: 'warn', TRANSLATOR: 'off', ...extra });

/** Cold builds of `corpus` (empty embedding cache, tables dropped): local in one process, postgres with 1 and 2 workers. */
async function buildThroughput(spec: ScaleSpec, databaseUrl: string): Promise<ScaleBuild[]> {
  const passages = (await passagesOf(spec.buildCorpus.dir)).texts.length;
  const runs: { backend: 'local' | 'postgres'; workers: number }[] = [
    { backend: 'local', workers: 1 },
    { backend: 'postgres', workers: 1 },
    { backend: 'postgres', workers: 2 },
  ];
  const builds: ScaleBuild[] = [];
  for (const [i, run] of runs.entries()) {
    const indexDir = path.join(spec.workDir, `cold-${i}`); // new each time: nothing cached
    const env = baseEnv({ CORPUS_PATH: spec.buildCorpus.dir, INDEX_DIR: indexDir, SEARCH_BACKEND: run.backend, DATABASE_URL: databaseUrl });
    const args = ['--rebuild', ...(run.backend === 'postgres' ? ['--workers', String(run.workers)] : [])];
    say(`  scale: cold build of ${spec.buildCorpus.name} (${passages} passages), ${run.backend}, ${run.workers} embedding process(es)`);
    const wallMs = await runToEnd('scripts/build-index', args, env);
    builds.push({ ...run, passages, wallMs, rate: passages / (wallMs / 1000) });
  }
  return builds;
}

export async function benchScale(spec: ScaleSpec): Promise<ScaleSection> {
  mkdirSync(spec.workDir, { recursive: true });
  const loadBefore = os.loadavg()[0]!;
  const start = performance.now();
  const postgres = startProgram('src/bench/postgres-serve', {});
  try {
    const databaseUrl = await postgres.firstLine;
    const builds = await buildThroughput(spec, databaseUrl);

    // The served corpus, in both backends: the local build's embedding cache feeds the database's build.
    const indexDir = path.join(spec.workDir, 'serve-index');
    if (spec.serveCorpus.cacheDir && existsSync(spec.serveCorpus.cacheDir))
      cpSync(spec.serveCorpus.cacheDir, path.join(indexDir, 'cache'), { recursive: true });
    const corpusEnv = { CORPUS_PATH: spec.serveCorpus.dir, INDEX_DIR: indexDir, DATABASE_URL: databaseUrl };
    say(`  scale: building ${spec.serveCorpus.name} into the index files and the database`);
    await runToEnd('scripts/build-index', [], baseEnv({ ...corpusEnv, SEARCH_BACKEND: 'local' }));
    await runToEnd('scripts/build-index', ['--rebuild'], baseEnv({ ...corpusEnv, SEARCH_BACKEND: 'postgres' }));
    const { articles, texts } = await passagesOf(spec.serveCorpus.dir);

    const runs: ScaleRun[] = [];
    const memory: ScaleMemory[] = [];
    for (const backend of ['local', 'postgres'] as const) {
      for (const shards of [1, 2]) {
        const served = await serveAndMeasure({
          backend,
          shards,
          env: baseEnv({ ...corpusEnv, SEARCH_BACKEND: backend }),
          questions: spec.questions,
          concurrency: spec.concurrency,
          bursts: spec.bursts,
        });
        runs.push(...served.runs);
        memory.push(served.memory);
      }
    }
    const databaseMiB = memoryOf(postgres.child.pid!)?.rssMiB ?? null;
    return {
      measured: true,
      serveCorpus: { name: spec.serveCorpus.name, articles, passages: texts.length },
      buildCorpus: spec.buildCorpus.name,
      runs,
      memory,
      databaseMiB,
      builds,
      notes: [],
      load: { before: loadBefore, after: os.loadavg()[0]! },
      durationMs: performance.now() - start,
    };
  } finally {
    await postgres.stop();
  }
}
