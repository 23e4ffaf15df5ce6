/**
 * The transformers.js path at its real size: a generated MiniLM-L6-shaped model (random weights,
 * src/testing/bert-onnx.ts) run through EMBEDDER=transformers, against USE-Lite in the same
 * process. Speed only: the vectors mean nothing, so retrieval quality is not measured.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAnswerService } from '../answer/create.js';
import { loadConfig } from '../config.js';
import { createEmbedder } from '../embed/factory.js';
import type { Embedder } from '../embed/types.js';
import { UseLiteEmbedder } from '../embed/use-lite.js';
import { buildFromConfig } from '../index/from-config.js';
import { silentLogger } from '../logger.js';
import { createBertModel, MINILM_L6_SHAPE } from '../testing/bert-onnx.js';
import { REPO_ROOT, say } from './paths.js';
import type { MinilmRate, MinilmSection } from './side-types.js';
import { summarize } from './stats.js';

export const MINILM_LABEL = 'speed only; random weights; retrieval quality not measured';
const MODEL_ID = 'citebot-bench/minilm-l6-shape';

export interface MinilmParams {
  /** Where the generated model is kept between runs (bench/cache/models). */
  modelsDir: string;
  texts: string[];
  queries: string[];
  repetitions: number;
  /** Corpus to build an index over with the model and ask `queries` of; null skips it. */
  ask: { corpus: string; corpusPaths: string[]; workDir: string } | null;
}

/** Generates the model unless the cache holds one of the same shape; returns the generation time (0 when cached). */
async function ensureModel(modelsDir: string): Promise<{ generateMs: number; parameters: number; bytes: number }> {
  const stamp = path.join(modelsDir, MODEL_ID, 'citebot-shape.json');
  const wanted = JSON.stringify(MINILM_L6_SHAPE);
  if (existsSync(stamp) && JSON.parse(readFileSync(stamp, 'utf8')).shape === wanted) return JSON.parse(readFileSync(stamp, 'utf8'));
  const t0 = performance.now();
  const model = await createBertModel(modelsDir, MODEL_ID, MINILM_L6_SHAPE);
  const info = { generateMs: performance.now() - t0, parameters: model.parameters, bytes: model.bytes };
  writeFileSync(stamp, JSON.stringify({ ...info, shape: wanted }));
  return info;
}

/** Passages per second of wall time and of process CPU time (= per core busy). */
async function rate(run: () => Promise<unknown>, count: number): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall: (count / wall) * 1000, cpu: (count / ((cpu.user + cpu.system) / 1000)) * 1000 };
}

async function measureRates(name: string, embedder: Embedder & { batchSize: number }, texts: string[], reps: number): Promise<MinilmRate> {
  await embedder.embed(texts.slice(0, 4));
  const single = { wall: [] as number[], cpu: [] as number[] };
  const batched = { wall: [] as number[], cpu: [] as number[] };
  for (let r = 0; r < reps; r++) {
    const s = await rate(async () => {
      for (const t of texts) await embedder.embed([t]);
    }, texts.length);
    const b = await rate(() => embedder.embed(texts), texts.length);
    single.wall.push(s.wall);
    single.cpu.push(s.cpu);
    batched.wall.push(b.wall);
    batched.cpu.push(b.cpu);
  }
  const sum = (x: { wall: number[]; cpu: number[] }) => ({ wall: summarize(x.wall), cpu: summarize(x.cpu) });
  return { embedder: name, single: sum(single), batched: { batchSize: embedder.batchSize, ...sum(batched) } };
}

/** Tokens the model computes for `texts` in batches of `batchSize` (each padded to its longest text) ÷ the texts' own tokens. */
async function paddingRatio(modelsDir: string, texts: string[], batchSize: number): Promise<number> {
  const { AutoTokenizer, env } = await import('@xenova/transformers');
  env.localModelPath = modelsDir;
  env.allowRemoteModels = false;
  const tokenizer = await AutoTokenizer.from_pretrained(MODEL_ID);
  const lengths = texts.map((t) => (tokenizer.encode(t) as number[]).length);
  let padded = 0;
  for (let i = 0; i < lengths.length; i += batchSize)
    padded += Math.max(...lengths.slice(i, i + batchSize)) * lengths.slice(i, i + batchSize).length;
  return padded / lengths.reduce((a, b) => a + b, 0);
}

async function queryLatency(embedder: Embedder, queries: string[]) {
  const samples: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await embedder.embed([q]);
    samples.push(performance.now() - t);
  }
  return summarize(samples);
}

export async function runMinilm(params: MinilmParams): Promise<Omit<MinilmSection, 'bbcEstimate' | 'load' | 'durationMs'>> {
  const model = await ensureModel(params.modelsDir);
  const env = { EMBEDDER: 'transformers', TRANSFORMERS_MODEL: MODEL_ID, MODELS_DIR: params.modelsDir, ALLOW_REMOTE_MODELS: 'false' };
  const config = loadConfig({ ...env, LOG_LEVEL: 'silent', TRANSLATOR: 'off' }, REPO_ROOT);
  const minilm = createEmbedder(config, (line) => say(`  ${line}`)) as Embedder & { batchSize: number };
  const t0 = performance.now();
  await minilm.describe();
  const loadMs = performance.now() - t0;
  const useLite = new UseLiteEmbedder();
  await useLite.describe();

  say(`  embedding ${params.texts.length} passages × ${params.repetitions}, one at a time and batched`);
  const rates = [await measureRates('MiniLM-L6 shape (transformers.js)', minilm, params.texts, params.repetitions)];
  rates.push(await measureRates('USE-Lite', useLite, params.texts, params.repetitions));
  const queryLatencies = [
    { embedder: rates[0]!.embedder, latency: await queryLatency(minilm, params.queries) },
    { embedder: rates[1]!.embedder, latency: await queryLatency(useLite, params.queries) },
  ];

  let ask: MinilmSection['ask'] = null;
  if (params.ask) {
    const indexDir = path.join(params.ask.workDir, 'minilm-index');
    rmSync(indexDir, { recursive: true, force: true });
    say(`  building ${params.ask.corpus} with the MiniLM-shaped model on ${os.availableParallelism()} worker(s)`);
    const tb = performance.now();
    const built = await buildFromConfig(config, { corpusPaths: params.ask.corpusPaths, indexDir, cacheDir: path.join(indexDir, 'cache') });
    const buildMs = performance.now() - tb;
    const { service } = createAnswerService(config, { indexDir, logger: silentLogger() });
    for (const q of params.queries.slice(0, 3)) await service.ask(q);
    const samples: number[] = [];
    for (const q of params.queries) {
      const t = performance.now();
      await service.ask(q);
      samples.push(performance.now() - t);
    }
    ask = { corpus: params.ask.corpus, passages: built.manifest.counts.passages, buildMs, latency: summarize(samples) };
  }
  return {
    label: MINILM_LABEL,
    shape: {
      ...MINILM_L6_SHAPE,
      activation: 'GELU (erf)',
      norm: 'LayerNorm',
      attention: 'multi-head self-attention, padding masked',
      weights: 'float32',
    },
    parameters: model.parameters,
    modelBytes: model.bytes,
    generateMs: model.generateMs,
    loadMs,
    texts: params.texts.length,
    meanChars: params.texts.reduce((s, t) => s + t.length, 0) / params.texts.length,
    rates,
    paddingRatio: await paddingRatio(params.modelsDir, params.texts, minilm.batchSize),
    queryLatency: queryLatencies,
    ask,
    notes: [],
  };
}
