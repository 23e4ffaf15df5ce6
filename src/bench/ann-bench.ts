/**
 * Nearest-neighbour search at one database size, in its own process (clean memory accounting):
 * the index's HNSW store against an exact Float32Array scan over the same vectors.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { EmbeddingCache } from '../index/embedding-cache.js';
import { HnswVectorStore } from '../index/vector-store.js';
import { collectGarbage, rssMiB } from './machine.js';
import { summarize, type Summary } from './stats.js';
import type { AnnGraphResult, AnnSetting, AnnSizeResult } from './types.js';
import { bruteForceTopK, deriveVectors, dot, mulberry32, packRows, recallAtK } from './vectors.js';

export interface AnnParams {
  size: number;
  dims: number;
  /** Embedding cache files (`[32-byte hash][dims × float32]` records) holding the real vectors. */
  poolFiles: string[];
  queries: number[][];
  graphs: { m: number; efConstruction: number }[];
  efs: number[];
  /** Default settings of the index (for the recall@50 row). */
  defaults: { m: number; efConstruction: number; efSearch: number };
  repetitions: number;
  /** Expected norm of the noise added to derive vectors; 'calibrate' matches real nearest-neighbour cosines. */
  noise: number | 'calibrate';
  seed: number;
  workDir: string;
}

/** Distinct vectors of the given cache files, in file order. */
export function readVectorFiles(files: readonly string[], dims: number): Float32Array[] {
  const seen = new Set<string>();
  const out: Float32Array[] = [];
  for (const file of files) {
    if (!existsSync(file)) continue;
    // Through the cache's own reader: its records carry a length and a checksum, so only valid
    // vectors come back (parsing the file by hand read the framing as vector data).
    for (const [key, vector] of EmbeddingCache.open(file, dims).entries()) {
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(vector);
    }
  }
  return out;
}

function log(line: string): void {
  process.stderr.write(`[bench ann] ${line}\n`);
}

function timeEach<T>(queries: readonly Float32Array[], repetitions: number, run: (q: Float32Array) => T): { latency: Summary; first: T[] } {
  const samples: number[] = [];
  const first: T[] = [];
  for (let r = 0; r < repetitions; r++) {
    queries.forEach((q) => {
      const t0 = performance.now();
      const value = run(q);
      samples.push(performance.now() - t0);
      if (r === 0) first.push(value);
    });
  }
  return { latency: summarize(samples), first };
}

export async function runAnnSize(p: AnnParams): Promise<AnnSizeResult> {
  const pool = readVectorFiles(p.poolFiles, p.dims);
  if (pool.length === 0) throw new Error('no real vectors found in the embedding caches');
  // How close real passages are to their nearest real neighbour (200 sampled from the pool).
  const poolFlat = packRows(pool);
  const pick = mulberry32(p.seed + 2);
  const realNn: number[] = [];
  for (let i = 0; i < Math.min(200, pool.length - 1); i++) {
    const v = pool[Math.floor(pick() * pool.length)]!;
    const [, second] = bruteForceTopK(poolFlat, p.dims, v, 2);
    if (second !== undefined) realNn.push(dot(v, pool[second]!));
  }
  const realNnCosineMedian = summarize(realNn).median;
  // A derived vector sits about as far from its seed as a real passage from its nearest neighbour: cos = 1/√(1+noise²).
  const noise = p.noise === 'calibrate' ? Math.min(1.5, Math.max(0.3, Math.sqrt(1 / Math.max(0.3, realNnCosineMedian) ** 2 - 1))) : p.noise;
  const vectors = deriveVectors(pool, p.size, noise, p.seed);
  const queries = p.queries.map((q) => Float32Array.from(q));
  const flat = packRows(vectors);

  // Nearest-other-vector cosine for 200 sampled vectors: how clustered the set is.
  const rng = mulberry32(p.seed + 1);
  const nn: number[] = [];
  for (let i = 0; i < Math.min(200, vectors.length - 1); i++) {
    const v = vectors[Math.floor(rng() * vectors.length)]!;
    const [, second] = bruteForceTopK(flat, p.dims, v, 2);
    if (second !== undefined) nn.push(dot(v, vectors[second]!));
  }

  const kTruth = 50;
  log(`${p.size} vectors (${Math.min(pool.length, p.size)} real): exact search for ${queries.length} queries`);
  const truth = queries.map((q) => bruteForceTopK(flat, p.dims, q, kTruth));
  const brute = timeEach(queries, p.repetitions, (q) => bruteForceTopK(flat, p.dims, q, 10)).latency;

  const graphs: AnnGraphResult[] = [];
  let defaultRecallAt50: Summary | null = null;
  for (const g of p.graphs) {
    collectGarbage();
    const rss0 = rssMiB();
    const t0 = performance.now();
    let store: HnswVectorStore | null = HnswVectorStore.build(vectors, p.dims, {
      m: g.m,
      efConstruction: g.efConstruction,
      efSearch: p.defaults.efSearch,
    });
    const buildMs = performance.now() - t0;
    collectGarbage();
    const rssDeltaMiB = rssMiB() - rss0;
    const file = path.join(p.workDir, `ann-${process.pid}-${p.size}-${g.m}.hnsw`);
    store.save(file, `${file}.f32`);
    // Disk size of the graph alone; the packed vectors beside it add dims × 4 bytes a vector.
    const diskMiB = statSync(file).size / 2 ** 20;
    log(`${p.size} vectors, M=${g.m} efC=${g.efConstruction}: built in ${(buildMs / 1000).toFixed(1)} s`);
    store = null;
    const settings: AnnSetting[] = [];
    for (const ef of p.efs) {
      collectGarbage();
      const loaded = HnswVectorStore.load(file, `${file}.f32`, p.dims, { m: g.m, efConstruction: g.efConstruction, efSearch: ef });
      queries.slice(0, 5).forEach((q) => loaded.search(q, 10)); // warm-up
      const { latency, first } = timeEach(queries, p.repetitions, (q) => loaded.search(q, 10).map((h) => h.label));
      const recall = summarize(first.map((found, i) => recallAtK(truth[i]!, found, 10)));
      settings.push({ m: g.m, efConstruction: g.efConstruction, ef, recallAt10: recall, latency, speedup: brute.median / latency.median });
      if (g.m === p.defaults.m && g.efConstruction === p.defaults.efConstruction && ef === p.defaults.efSearch) {
        defaultRecallAt50 = summarize(
          queries.map((q, i) =>
            recallAtK(
              truth[i]!,
              loaded.search(q, kTruth).map((h) => h.label),
              kTruth,
            ),
          ),
        );
      }
    }
    rmSync(file, { force: true });
    rmSync(`${file}.f32`, { force: true });
    graphs.push({ m: g.m, efConstruction: g.efConstruction, buildMs, rssDeltaMiB, diskMiB, settings });
  }
  return {
    size: p.size,
    realVectors: Math.min(pool.length, p.size),
    derivedVectors: Math.max(0, p.size - pool.length),
    dims: p.dims,
    queries: queries.length,
    noise,
    realNnCosineMedian,
    nnCosineMedian: summarize(nn).median,
    bruteForce: { latency: brute, memoryMiB: flat.byteLength / 2 ** 20 },
    graphs,
    defaultRecallAt50,
  };
}
