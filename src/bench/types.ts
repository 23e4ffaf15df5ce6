/** The shape of bench/results/latest.json. Times are milliseconds unless a name says otherwise. */
import type { MinilmSection, PeerSection } from './side-types.js';
import type { Summary } from './stats.js';

export interface MachineInfo {
  cpuModel: string;
  cpuCount: number;
  totalMemoryGiB: number;
  node: string;
  platform: string;
  release: string;
}

/** Load average (1 min) around a section: other work on this 2-core machine skews wall times. */
export interface LoadNote {
  before: number;
  after: number;
}

export interface EmbedConfigResult {
  /** 'naive' (one text per embed call) or `batch N` (the embedder's own batching). */
  config: string;
  batchSize: number | null;
  /** Passages per second of wall time, one sample per repetition. */
  wallRate: Summary;
  /** Passages per second of process CPU time (robust to other load on the machine). */
  cpuRate: Summary;
  /** Median wall rate / the naive median wall rate in the same process. */
  speedupWall: number;
  speedupCpu: number;
}

export interface EmbedVariantResult {
  variant: string;
  description: string;
  loaded: boolean;
  error?: string;
  backend?: string;
  simd?: boolean;
  threads?: number;
  loadMs?: number;
  texts: number;
  repetitions: number;
  configs: EmbedConfigResult[];
}

export interface EmbedSection {
  textSource: string;
  meanChars: number;
  variants: EmbedVariantResult[];
  notes: string[];
  load: LoadNote;
  durationMs: number;
}

export interface BuildSliceResult {
  slice: string;
  articles: number;
  passages: number;
  /** Cold: fresh index folder, empty embedding cache, one sample per repetition. */
  cold: Summary;
  /** Warm: fresh index folder with the embedding cache copied in (no model calls). */
  warm: Summary;
  /** Incremental: one article's text changed, rebuilt over the previous build. */
  incremental: Summary;
  incrementalEmbedded: number[];
  /** Median incremental / median cold. */
  incrementalOverCold: number;
  warmOverCold: number;
  /** Cold time predicted from passages / the default-batch embedding rate measured in section 1. */
  predictedEmbedMs: number | null;
  coldOverPredicted: number;
  indexBytes: number;
  /** Each cold build's CPU time and pool, when cold builds ran as the CLI runs them (one model per core). */
  coldRuns?: ColdRun[];
}

/** One cold build through the CLI's path (buildFromConfig: a pool of one USE-Lite per core). */
export interface ColdRun {
  ms: number;
  /** CPU time of the whole process over the build, every thread (the pool's workers are threads). */
  cpuMs: number;
  poolSize: number;
  /** Passages per second between the first and the last batch done (worker start and the stages after embedding left out). */
  steadyRate: number | null;
  /** The workers' mean event-loop utilization over their lives (EmbedderPool.busyShare); absent before it was measured. */
  workerBusy?: number | null;
}

/** Cold build throughput against what the cores could do running only the encoder (see throughput.ts). */
export interface BuildThroughput {
  cores: number;
  /** USE-Lite alone on one core, in a child process, on passages of `sampleFrom`: passages per wall second and per CPU second. */
  oneCore: { wallRate: Summary; cpuRate: Summary; texts: number; batchSize: number; sampleFrom: string; loadBefore: number };
  slices: {
    slice: string;
    passages: number;
    /** Passages per second of the whole cold build (median run). */
    rate: number;
    /** rate / (cores × one-core wall rate): the figure. */
    fraction: number;
    /** The same over the steady embedding phase only. */
    steadyFraction: number | null;
    /** CPU seconds used / (cores × wall seconds): below 1 when the cores were not all ours (other load) or idle. */
    utilization: number;
    /** One-core passages per CPU second / the build's: 1 means no CPU spent per passage beyond the encoder's. */
    cpuEfficiency: number;
    /** Share of their lives the pool's workers had work (event-loop utilization): near 1 with low utilization means starved of CPU, not of work. */
    workerBusy: number | null;
  }[];
}

export interface BuildStageBreakdown {
  slice: string;
  passages: number;
  /** Median ms per stage, measured by calling the build's parts directly. */
  stages: Record<string, Summary>;
}

export interface BuildSection {
  slices: BuildSliceResult[];
  breakdown: BuildStageBreakdown | null;
  /** Absent in results written before it was measured. */
  throughput?: BuildThroughput | null;
  notes: string[];
  load: LoadNote;
  durationMs: number;
}

export interface AnnSetting {
  m: number;
  efConstruction: number;
  ef: number;
  recallAt10: Summary;
  /** Per-query latency, ms. */
  latency: Summary;
  /** Brute-force median latency / this median latency. */
  speedup: number;
}

export interface AnnGraphResult {
  m: number;
  efConstruction: number;
  buildMs: number;
  /** RSS growth while building, MiB (after a GC when available). */
  rssDeltaMiB: number;
  diskMiB: number;
  settings: AnnSetting[];
}

export interface AnnSizeResult {
  size: number;
  realVectors: number;
  derivedVectors: number;
  dims: number;
  queries: number;
  /** Expected norm of the gaussian noise of derived vectors at this size. */
  noise: number;
  /** Median cosine between 200 sampled real vectors and their nearest other real vector. */
  realNnCosineMedian: number;
  /** Median cosine between each of 200 sampled vectors and its nearest other vector. */
  nnCosineMedian: number;
  bruteForce: { latency: Summary; memoryMiB: number };
  graphs: AnnGraphResult[];
  /** recall@50 with the index's default settings and k = 50 (what retrieval asks for). */
  defaultRecallAt50: Summary | null;
}

export interface AnnSection {
  noise: number | 'calibrate';
  realPool: number;
  sizes: AnnSizeResult[];
  skipped: string[];
  notes: string[];
  load: LoadNote;
  durationMs: number;
}

export interface StageTimes {
  [stage: string]: Summary;
}

export interface E2eIndexResult {
  slice: string;
  passages: number;
  questions: number;
  answerable: number;
  loadMs: Summary;
  ask: Summary;
  embedOnly: Summary;
  askOverEmbed: number;
  stages: StageTimes;
  coldStart: ColdStartResult | null;
}

/** Cold start of the ask CLI (cold-start.ts): wall times of new processes, in ms. */
export interface ColdStartResult {
  /** `node --import ./scripts/fresh.mjs dist/scripts/ask.js "…" --json`, what `npm run ask` starts: process start to answer printed. */
  compiled: Summary;
  /** The same question from the sources through tsx (`node node_modules/tsx/dist/cli.mjs scripts/ask.ts`). */
  tsx: Summary;
  /** Inside a fresh process: importing the embedder and loading USE-Lite until its first vector. */
  modelLoad: Summary;
  /** An empty compiled script: Node's own start-up. */
  emptyNode: Summary;
}

export interface E2eSection {
  indexes: E2eIndexResult[];
  notes: string[];
  load: LoadNote;
  durationMs: number;
}

export interface BotSection {
  measured: boolean;
  reason?: string;
  concurrency?: number;
  deferred?: Summary;
  answered?: Summary;
  serialAnswered?: Summary;
  notes: string[];
}

/** Answer latency of one deployment (backend × shards) under one burst size. */
export interface ScaleRun {
  backend: 'local' | 'postgres';
  shards: number;
  concurrency: number;
  /** ms from the interaction's dispatch to the edit of the deferred reply into the answer. */
  answered: Summary;
  /** /ask sent (bursts × concurrency). */
  sent: number;
  /** Replies that were no answer (database away, no index, a bug). */
  failed: number;
  /** Interactions the bot had not acknowledged within Discord's 3 s, so never answered (not in `answered`). */
  expired: number;
}

/** Resident memory of each bot process of one deployment after its bursts, in MiB. */
export interface ScaleMemory {
  backend: 'local' | 'postgres';
  shards: number;
  processes: { rssMiB: number; peakMiB: number }[];
  /** The ShardingManager's own process, when there is one. */
  supervisorMiB: number | null;
}

/** A cold build (nothing cached) of the build corpus. */
export interface ScaleBuild {
  backend: 'local' | 'postgres';
  /** Embedding processes: the build itself plus `--workers N` − 1 helpers. */
  workers: number;
  passages: number;
  wallMs: number;
  /** Passages per wall-clock second. */
  rate: number;
}

/** Section 6: the Postgres backend, sharding and embedding workers (see src/bench/scale-bench.ts). */
export interface ScaleSection {
  measured: boolean;
  reason?: string;
  serveCorpus?: { name: string; articles: number; passages: number };
  buildCorpus?: string;
  runs?: ScaleRun[];
  memory?: ScaleMemory[];
  /** Resident memory of the PGlite process serving the database, at the end. */
  databaseMiB?: number | null;
  builds?: ScaleBuild[];
  notes: string[];
  load?: LoadNote;
  durationMs?: number;
}

export interface BenchResult {
  version: 1;
  mode: 'quick' | 'full';
  startedAt: string;
  durationMs: number;
  machine: MachineInfo;
  embed: EmbedSection | null;
  build: BuildSection | null;
  ann: AnnSection | null;
  e2e: E2eSection | null;
  bot: BotSection | null;
  /** citebot against a LangChain.js peer (side-types.ts); absent in results from before it existed. */
  peer?: PeerSection | null;
  /** The MiniLM-shaped transformers.js path against USE-Lite, speed only. */
  minilm?: MinilmSection | null;
  /** Absent in results written before the section existed. */
  scale?: ScaleSection | null;
  /** Parts that could not run (e.g. a data set not supplied), each with what to supply. */
  notMeasured?: { part: string; reason: string }[];
  /** Sections re-run with --only after the run above, with when they ran. */
  rerun?: { sections: string[]; startedAt: string; durationMs: number }[];
}
