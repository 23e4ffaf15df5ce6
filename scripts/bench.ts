/**
 * `npm run bench -- [--quick] [--json] [--only=embed,build,ann,e2e,bot,peer,minilm,scale] [--huge] [--report-only] [--publish] [--data-dir DIR]`
 *
 * Measures embedding throughput, index build times, nearest-neighbour search and end-to-end
 * latency, each against a baseline measured in the same run; writes bench/results/latest.json
 * and a report (bench/REPORT.md for a full run, bench/results/REPORT-quick.md for --quick
 * unless --publish). Never a pass/fail test: it reports numbers.
 *
 * BBC News (for the larger corpus slices, embedding texts and questions) comes from --data-dir
 * or DATA_DIR; without it those parts are skipped, said on stderr and listed in the report.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AnnParams } from '../src/bench/ann-bench.js';
import { benchBot } from '../src/bench/bot-bench.js';
import { benchSlice, buildBreakdown, sliceCacheDir, type BuiltSlice, type SliceSpec } from '../src/bench/build-bench.js';
import { evenlySpaced, passagesOf, writeSlice } from '../src/bench/corpus.js';
import { benchE2e } from '../src/bench/e2e-bench.js';
import type { EmbedParams } from '../src/bench/embed-bench.js';
import { machineInfo, timed } from '../src/bench/machine.js';
import { CACHE_DIR, DEV_QA_FILE, readJsonl, REPO_ROOT, RESULTS_DIR, runChild, say, SEED_CORPUS } from '../src/bench/paths.js';
import { renderReport } from '../src/bench/report.js';
import { minilmSection, peerSection, type SideContext, type SidePlan } from '../src/bench/side-sections.js';
import { oneCoreRate, throughputOf } from '../src/bench/throughput.js';
import { benchScale } from '../src/bench/scale-bench.js';
import { runCli } from '../src/cli/run.js';
import type {
  AnnSection,
  AnnSizeResult,
  BenchResult,
  BuildSection,
  E2eSection,
  EmbedSection,
  EmbedVariantResult,
} from '../src/bench/types.js';
import { loadConfig } from '../src/config.js';
import { defaultPoolSize } from '../src/embed/pool.js';
import { USE_LITE_DEFAULT_BATCH_SIZE, UseLiteEmbedder } from '../src/embed/use-lite.js';
import { locateDataSet } from '../src/eval/data-sets.js';
import { cacheFileFor, embedWithCache, EmbeddingCache } from '../src/index/embedding-cache.js';
import { DEFAULT_HNSW } from '../src/index/vector-store.js';

const SECTIONS = ['embed', 'build', 'ann', 'e2e', 'bot', 'peer', 'minilm', 'scale'] as const;
type Section = (typeof SECTIONS)[number];

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const printJson = argv.includes('--json');
const huge = argv.includes('--huge');
const onlyArg = argv.find((a) => a.startsWith('--only='));
const only = new Set<Section>(onlyArg ? (onlyArg.slice(7).split(',') as Section[]) : SECTIONS);
// `--data-dir DIR` or `--data-dir=DIR`; the value of the first form is not an unknown argument.
const dataDirAt = argv.indexOf('--data-dir');
const dataDirArg = dataDirAt >= 0 ? argv[dataDirAt + 1] : argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
const unknown = argv.filter(
  (a, i) =>
    !['--quick', '--json', '--huge', '--report-only', '--publish'].includes(a) &&
    !a.startsWith('--only=') &&
    !a.startsWith('--data-dir') &&
    i !== dataDirAt + 1,
);
if (unknown.length > 0 || [...only].some((s) => !SECTIONS.includes(s)) || (dataDirAt >= 0 && !dataDirArg)) {
  process.stderr.write(
    `usage: npm run bench -- [--quick] [--json] [--only=${SECTIONS.join(',')}] [--huge] [--report-only] [--publish] [--data-dir DIR]\n`,
  );
  process.exit(2);
}

/** What each mode measures. Full mode's cold build of all of BBC dominates its run time. */
const PLAN = quick
  ? {
      embed: { texts: 16, repetitions: 3, simdBatches: [4, 8, 16], nosimdBatches: [8], tinyBatches: [8, 16] },
      slices: [
        { name: 'seed', articles: null, coldReps: 3, warmReps: 3, incrementalReps: 3 },
        { name: 'bbc-30', articles: 30, coldReps: 1, warmReps: 3, incrementalReps: 3 },
      ],
      breakdownReps: 3,
      ann: { sizes: [10_000], ms: [8, 16, 32], efs: [10, 16, 32, 64, 128, 256], queries: 64, repetitions: 3 },
      e2e: { questions: 50, coldStartReps: [5, 0] },
      bot: { concurrency: 20, bursts: 1, serial: 5 },
      side: { peer: { bbcArticles: 300 }, minilm: { texts: 32, repetitions: 3, queries: 20, askBbcArticles: 100 } } satisfies SidePlan,
      scale: { concurrency: [20, 100], bursts: 1, buildSlice: 'bbc-30' },
    }
  : {
      embed: { texts: 48, repetitions: 3, simdBatches: [1, 4, 8, 16, 32, 48], nosimdBatches: [8], tinyBatches: [1, 8, 32] },
      slices: [
        { name: 'seed', articles: null, coldReps: 3, warmReps: 3, incrementalReps: 3 },
        { name: 'bbc-100', articles: 100, coldReps: 2, warmReps: 3, incrementalReps: 3 },
        { name: 'bbc-500', articles: 500, coldReps: 1, warmReps: 3, incrementalReps: 3 },
        { name: 'bbc-2225', articles: 2225, coldReps: 1, warmReps: 3, incrementalReps: 3 },
      ],
      breakdownReps: 3,
      ann: {
        sizes: huge ? [10_000, 100_000, 1_000_000] : [10_000, 100_000],
        ms: [8, 16, 32],
        efs: [10, 16, 32, 64, 128, 256],
        queries: 1000,
        repetitions: 3,
      },
      e2e: { questions: 50, coldStartReps: [3, 3] },
      bot: { concurrency: 20, bursts: 3, serial: 10 },
      side: { peer: { bbcArticles: null }, minilm: { texts: 96, repetitions: 3, queries: 50, askBbcArticles: null } } satisfies SidePlan,
      scale: { concurrency: [20, 100], bursts: 3, buildSlice: 'bbc-100' },
    };
const bbc = locateDataSet('bbc', { dataDir: dataDirArg ?? loadConfig().dataDir, flag: '--data-dir DIR' });
/** The corpus slices this run can build: the BBC ones only when BBC News was supplied. */
const runSlices = PLAN.slices.filter((s) => s.articles === null || bbc.found);
/** Parts skipped for want of data, said on stderr as they are found and listed in the report. */
const notMeasured: { part: string; reason: string }[] = [];
function notMeasuredBecause(part: string, reason: string): void {
  notMeasured.push({ part, reason });
  process.stderr.write(`[bench] NOT MEASURED ${part}: ${reason}\n`);
}
const NOISE = 'calibrate' as const;
const EF_CONSTRUCTION = DEFAULT_HNSW.efConstruction;

const latestFile = path.join(RESULTS_DIR, 'latest.json');
const workDir = path.join(CACHE_DIR, `work-${process.pid}`);

function writeReport(result: BenchResult): string {
  const publish = result.mode === 'full' || argv.includes('--publish');
  const dir = publish ? path.join(REPO_ROOT, 'bench') : RESULTS_DIR;
  const file = path.join(dir, publish ? 'REPORT.md' : 'REPORT-quick.md');
  const { markdown, charts } = renderReport(result);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, markdown);
  for (const [name, svg] of Object.entries(charts)) writeFileSync(path.join(dir, name), svg);
  return file;
}

function save(result: BenchResult): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(latestFile, `${JSON.stringify(result, null, 1)}\n`);
}

if (argv.includes('--report-only')) {
  const result = JSON.parse(readFileSync(latestFile, 'utf8')) as BenchResult;
  say(`report written to ${path.relative(REPO_ROOT, writeReport(result))}`);
  process.exit(0);
}

/** A rough duration from the number of passages to embed at ~12 passages/s plus fixed costs. */
async function estimateMinutes(sliceDirs: Map<string, string>): Promise<number> {
  let toEmbed = 0;
  for (const s of runSlices) {
    const { texts } = await passagesOf(sliceDirs.get(s.name)!);
    toEmbed += texts.length * s.coldReps;
  }
  const embedSection = PLAN.embed.texts * PLAN.embed.repetitions * (PLAN.embed.simdBatches.length + PLAN.embed.nosimdBatches.length + 2);
  const ann = PLAN.ann.sizes.reduce((s, n) => s + (n / 100_000) * 12, 0); // ~4 min per M per 100k on a busy 2-core box
  // The side-by-side sections build their corpora cold on each side (peer) and with a 6-layer encoder (minilm).
  const side = (only.has('peer') ? (quick ? 6 : 30) : 0) + (only.has('minilm') ? (quick ? 3 : 12) : 0);
  return (toEmbed + embedSection) / 12 / 60 + ann + 4 + side;
}

async function questions(): Promise<{ e2e: string[]; ann: string[] }> {
  const devQs = readJsonl<{ question: string }>(DEV_QA_FILE).map((q) => q.question);
  const articles = bbc.found ? readJsonl<{ title: string }>(bbc.file) : [];
  const headline = (i: number) => `What does the news say about ${articles[i]!.title.trim()}?`;
  const e2e = [...devQs, ...evenlySpaced(articles.length, 20).map(headline)].slice(0, PLAN.e2e.questions);
  // Vector-search queries: questions whose answers are in the BBC corpus (headlines spread over it), then the dev ones.
  const ann = [...evenlySpaced(articles.length, 223).map(headline).reverse(), ...devQs];
  return { e2e, ann: [...new Set(ann)].slice(0, PLAN.ann.queries) };
}

async function embedSection(bbcFile: string): Promise<EmbedSection> {
  const { texts: all } = await passagesOf(bbcFile);
  const texts = evenlySpaced(all.length, PLAN.embed.texts).map((i) => all[i]!);
  const run = (variant: EmbedParams['variant'], batchSizes: number[], repetitions = PLAN.embed.repetitions) => {
    say(`embedding: ${variant} (${texts.length} texts × ${batchSizes.length + 1} configurations × ${repetitions})`);
    return runChild<EmbedVariantResult>('embed', { variant, texts, batchSizes, repetitions } satisfies EmbedParams, workDir);
  };
  const variants: EmbedVariantResult[] = [];
  variants.push(await run('wasm-simd', PLAN.embed.simdBatches));
  variants.push(await run('wasm-nosimd', PLAN.embed.nosimdBatches, Math.min(3, PLAN.embed.repetitions)));
  variants.push(await run('tfjs-cpu', [8], 1));
  variants.push(await run('transformers-tiny', PLAN.embed.tinyBatches, Math.min(3, PLAN.embed.repetitions)));
  const cpuInstalled = existsSync(path.join(REPO_ROOT, 'node_modules', '@tensorflow', 'tfjs-backend-cpu'));
  const simd = variants[0]!;
  return {
    textSource: 'evenly spaced over all BBC passages',
    meanChars: texts.reduce((s, t) => s + t.length, 0) / texts.length,
    variants,
    notes: [
      `@tensorflow/tfjs-backend-cpu is ${cpuInstalled ? '' : 'not '}installed in node_modules (it is not a dependency of @energetic-ai/*, which bundles tfjs-core, tfjs-converter and tfjs-backend-wasm 4.5 only), so "wasm" is the only backend that registers; tfjs-node (native) is not installed either.`,
      `WASM threads: the app asks for nothing, and this benchmark calls setThreadsCount(2); the backend reports ${simd.threads ?? 'unknown'} thread(s): tfjs-backend-wasm 4.5 evaluates WASM_HAS_MULTITHREAD_SUPPORT to false whenever it runs under Node (IS_NODE), so the bundled threaded-SIMD binary is never used here and setThreadsCount has no effect.`,
      'Forcing the plain binary needs the SIMD probe to fail before @energetic-ai/core is imported: setting the WASM_HAS_SIMD_SUPPORT flag afterwards is too late, because importing the package already starts the backend.',
      `The app's default batch is ${USE_LITE_DEFAULT_BATCH_SIZE} (src/embed/use-lite.ts); buildIndex hands the embedder 64 texts per call (embedWithCache), which the embedder splits into batches of ${USE_LITE_DEFAULT_BATCH_SIZE}.`,
    ],
    load: { before: 0, after: 0 },
    durationMs: 0,
  };
}

async function annSection(queryTexts: string[], embedder: UseLiteEmbedder): Promise<AnnSection> {
  const info = await embedder.describe();
  const cache = EmbeddingCache.open(cacheFileFor(path.join(CACHE_DIR, 'questions'), info), info.dimensions);
  say(`vector search: embedding ${queryTexts.length} questions (cached in bench/cache/questions)`);
  const { vectors } = await embedWithCache(embedder, cache, queryTexts);
  const slicesRoot = path.join(CACHE_DIR, 'slices');
  // Largest slices first, so the real vectors used at a size come from the widest spread of articles.
  const poolFiles = existsSync(slicesRoot)
    ? readdirSync(slicesRoot)
        .sort((a, b) => (Number(b.split('-')[1]) || 0) - (Number(a.split('-')[1]) || 0))
        .flatMap((s) => {
          const dir = sliceCacheDir(s);
          return readdirSync(dir)
            .filter((f) => f.startsWith(`use-lite-`) && f.endsWith('.vec'))
            .map((f) => path.join(dir, f));
        })
    : [];
  const { readVectorFiles } = await import('../src/bench/ann-bench.js');
  const realPool = readVectorFiles(poolFiles, info.dimensions).length;
  const sizes: AnnSizeResult[] = [];
  const skipped: string[] = [];
  if (!quick && !huge) {
    skipped.push(
      '1,000,000 vectors (run with --huge): hnswlib-node inserts one point per call on one thread, so one graph of 1M takes about 10× the 100k build time below per M value, and the 1M brute-force ground truth another ~0.5 s per query; the memory (~2 GiB of vectors + ~2.2 GiB of graph) would fit in 24 GiB.',
    );
  }
  for (const size of PLAN.ann.sizes) {
    const isHuge = size >= 1_000_000;
    const params: AnnParams = {
      size,
      dims: info.dimensions,
      poolFiles,
      queries: vectors.map((v) => Array.from(v)),
      graphs: (isHuge ? [16] : PLAN.ann.ms).map((m) => ({ m, efConstruction: EF_CONSTRUCTION })),
      efs: isHuge ? [32, 64, 128] : PLAN.ann.efs,
      defaults: DEFAULT_HNSW,
      repetitions: isHuge ? 1 : PLAN.ann.repetitions,
      noise: NOISE,
      seed: 42,
      workDir,
    };
    say(`vector search: ${size.toLocaleString('en-US')} vectors (${Math.min(realPool, size)} real)`);
    try {
      sizes.push(await runChild<AnnSizeResult>('ann', params, workDir));
    } catch (error) {
      skipped.push(`${size.toLocaleString('en-US')} vectors: ${String(error)}`);
    }
  }
  return {
    noise: NOISE,
    realPool,
    sizes,
    skipped,
    notes: [
      'RSS Δ is the resident-memory growth of the benchmark process across the graph build (after a full GC), i.e. the graph plus its copy of the vectors; on disk is the saved .hnsw file.',
      'hnswlib-node accepts only plain Arrays for points: the store converts every Float32Array with Array.from on insert and on query (included in the timings above).',
    ],
    load: { before: 0, after: 0 },
    durationMs: 0,
  };
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const t0 = performance.now();
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const result: BenchResult = {
    version: 1,
    mode: quick ? 'quick' : 'full',
    startedAt: startedAt.toISOString(),
    durationMs: 0,
    machine: machineInfo(),
    embed: null,
    build: null,
    ann: null,
    e2e: null,
    bot: null,
    peer: null,
    minilm: null,
  };
  // A partial run (--only) of the same mode keeps the other sections of the previous result.
  let previous: BenchResult | null = null;
  if (onlyArg && existsSync(latestFile)) {
    const old = JSON.parse(readFileSync(latestFile, 'utf8')) as BenchResult;
    if (old.mode === result.mode) previous = old;
  }
  if (previous) {
    Object.assign(result, previous, { machine: result.machine });
    for (const s of only) result[s] = null;
  }
  const finish = () => {
    if (notMeasured.length > 0) result.notMeasured = notMeasured;
    if (previous) {
      // Idempotent: the entry for this run is rebuilt on every save.
      result.rerun = [
        ...(previous.rerun ?? []),
        { sections: [...only], startedAt: startedAt.toISOString(), durationMs: performance.now() - t0 },
      ];
    } else {
      result.durationMs = performance.now() - t0;
    }
    save(result);
  };

  // Corpus slices, written once per run.
  const sliceDirs = new Map<string, string>();
  for (const s of runSlices) {
    const dir = path.join(workDir, 'corpora', s.name);
    if (s.articles === null) cpSync(SEED_CORPUS, dir, { recursive: true });
    else if (bbc.found) writeSlice(bbc.file, s.articles, dir, s.name);
    sliceDirs.set(s.name, dir);
  }
  if (!bbc.found) {
    const bbcSlices = PLAN.slices.filter((s) => s.articles !== null).map((s) => s.name);
    if (only.has('build') || only.has('e2e') || only.has('bot')) {
      notMeasuredBecause(
        `index builds, end to end and the bot on the BBC slices (${bbcSlices.join(', ')}); they ran on the seed corpus only`,
        bbc.reason,
      );
    }
    if (only.has('ann')) notMeasuredBecause('BBC headline queries for vector search; the dev questions were used alone', bbc.reason);
  }
  const estimate = await estimateMinutes(sliceDirs);
  say(
    `${result.mode} mode, sections ${[...only].join(', ')}: roughly ${Math.round(estimate)} min on an idle 2-core machine (more under load)`,
  );
  const qs = await questions();

  const embedder = new UseLiteEmbedder();
  let embedRate: number | null = null;

  if (only.has('embed') && !bbc.found) notMeasuredBecause('embedding throughput (section 1), which embeds BBC passages', bbc.reason);
  if (only.has('embed') && bbc.found) {
    const bbcFile = bbc.file;
    const { value, load, durationMs } = await timed(() => embedSection(bbcFile));
    result.embed = { ...value, load, durationMs };
    embedRate = value.variants[0]?.configs.find((c) => c.batchSize === USE_LITE_DEFAULT_BATCH_SIZE)?.wallRate.median ?? null;
    finish();
  }

  const built = new Map<string, BuiltSlice>();
  if (only.has('build') || only.has('e2e') || only.has('bot')) {
    await embedder.describe();
    const run = async (): Promise<BuildSection> => {
      const specs: SliceSpec[] = runSlices.map((s) =>
        only.has('build')
          ? {
              name: s.name,
              corpusDir: sliceDirs.get(s.name)!,
              coldReps: s.coldReps,
              warmReps: s.warmReps,
              incrementalReps: s.incrementalReps,
              coldConfig: loadConfig(),
            }
          : // Only an index is needed: no cold builds, one warm build (embeds whatever the cache lacks).
            { name: s.name, corpusDir: sliceDirs.get(s.name)!, coldReps: 0, warmReps: 1, incrementalReps: 0 },
      );
      // The one-core encoder rate, measured before the cold builds on passages of the largest slice built cold.
      const coldest = specs.filter((s) => s.coldReps > 0).at(-1);
      let oneCore: Awaited<ReturnType<typeof oneCoreRate>> | null = null;
      if (only.has('build') && coldest) {
        const { texts } = await passagesOf(coldest.corpusDir);
        const sample = evenlySpaced(texts.length, PLAN.embed.texts).map((i) => texts[i]!);
        say(`index build: one-core USE-Lite rate (${sample.length} passages of ${coldest.name} × ${PLAN.embed.repetitions})`);
        oneCore = await oneCoreRate(sample, PLAN.embed.repetitions, coldest.name, workDir);
      }
      const slices = [];
      for (const spec of specs) {
        say(`index build: ${spec.name}`);
        const b = await benchSlice(spec, path.join(workDir, 'builds'), embedder, embedRate);
        built.set(spec.name, b);
        slices.push(b.result);
      }
      const last = specs.at(-1)!;
      say(`index build: stage breakdown on ${last.name}`);
      const breakdown = only.has('build') ? await buildBreakdown(last, embedder, PLAN.breakdownReps) : null;
      const throughput = oneCore ? throughputOf(slices, oneCore, defaultPoolSize()) : null;
      return { slices, breakdown, throughput, notes: [], load: { before: 0, after: 0 }, durationMs: 0 };
    };
    const { value, load, durationMs } = await timed(run);
    if (only.has('build')) {
      const cold = value.slices.reduce((s, b) => s + b.cold.median * b.cold.n, 0);
      value.notes.push(`Cold builds took ${fmtMin(cold)} of this run in total (all repetitions).`);
      if (!embedRate) value.notes.push('The embedding section did not run, so the predicted-embedding column is empty.');
      result.build = { ...value, load, durationMs };
    }
    finish();
  }

  if (only.has('ann')) {
    const { value, load, durationMs } = await timed(() => annSection(qs.ann, embedder));
    result.ann = { ...value, load, durationMs };
    finish();
  }

  const seed = built.get('seed');
  const largestName = runSlices.at(-1)!.name;
  const largest = built.get(largestName);
  if (only.has('e2e') && seed && largest) {
    const run = async (): Promise<E2eSection> => {
      const indexes = [];
      // Without BBC the largest slice is the seed corpus itself: measure it once.
      const targets: [string, BuiltSlice][] =
        largestName === 'seed'
          ? [['seed', seed]]
          : [
              ['seed', seed],
              [largestName, largest],
            ];
      for (const [i, [name, b]] of targets.entries()) {
        say(`end to end: ${name}`);
        indexes.push(
          await benchE2e({
            slice: name,
            indexDir: b.indexDir,
            corpusDir: sliceDirs.get(name)!,
            questions: qs.e2e,
            coldStartReps: PLAN.e2e.coldStartReps[i]!,
            workDir,
          }),
        );
      }
      return { indexes, notes: [], load: { before: 0, after: 0 }, durationMs: 0 };
    };
    const { value, load, durationMs } = await timed(run);
    result.e2e = { ...value, load, durationMs };
    finish();
  }

  if (only.has('bot') && largest) {
    say('bot: concurrent /ask through the Discord stand-in');
    try {
      result.bot = await benchBot({ indexDir: largest.indexDir, corpusDir: sliceDirs.get(largestName)!, questions: qs.e2e, ...PLAN.bot });
    } catch (error) {
      result.bot = { measured: false, reason: `the bot run failed: ${error instanceof Error ? error.message : String(error)}`, notes: [] };
    }
    finish();
  }

  const side: SideContext = { bbc, workDir, questions: qs.e2e, notMeasured: notMeasuredBecause };
  if (only.has('peer')) {
    const { value, load, durationMs } = await timed(() => peerSection(PLAN.side.peer, side));
    result.peer = { ...value, load, durationMs };
    finish();
  }
  if (only.has('minilm')) {
    const { value, load, durationMs } = await timed(() => minilmSection(PLAN.side.minilm, side));
    result.minilm = { ...value, load, durationMs };
    finish();
  }
  if (only.has('scale')) {
    say('scale: postgres against local, one shard against two, embedding workers');
    const serve = runSlices.at(-1)!;
    const build = runSlices.find((s) => s.name === PLAN.scale.buildSlice) ?? runSlices[0]!;
    try {
      result.scale = await benchScale({
        serveCorpus: { name: serve.name, dir: sliceDirs.get(serve.name)!, cacheDir: sliceCacheDir(serve.name) },
        buildCorpus: { name: build.name, dir: sliceDirs.get(build.name)! },
        questions: qs.e2e,
        concurrency: PLAN.scale.concurrency,
        bursts: PLAN.scale.bursts,
        workDir: path.join(workDir, 'scale'),
      });
    } catch (error) {
      result.scale = {
        measured: false,
        reason: `the scale run failed: ${error instanceof Error ? error.message : String(error)}`,
        notes: [],
      };
    }
    finish();
  }

  finish();
  const report = writeReport(result);
  rmSync(workDir, { recursive: true, force: true });
  say(`done in ${fmtMin(performance.now() - t0)}: ${path.relative(REPO_ROOT, latestFile)}, ${path.relative(REPO_ROOT, report)}`);
  if (printJson) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

function fmtMin(msValue: number): string {
  return `${(msValue / 60000).toFixed(1)} min`;
}

// TensorFlow.js and discord.js may keep handles open, hence forceExit.
runCli(
  () =>
    main().catch((error: unknown) => {
      rmSync(workDir, { recursive: true, force: true });
      throw error;
    }),
  { forceExit: true },
);
