/** Vector helpers for the nearest-neighbour benchmark: seeded noise, exact search, recall. Pure. */

/** A seeded PRNG (mulberry32) returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal samples from a uniform source (Box–Muller). */
export function gaussian(uniform: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = uniform();
    const v = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

/** Scales `v` to unit length in place (a zero vector stays zero) and returns it. */
export function normalizeInPlace(v: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
  return v;
}

export function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/**
 * `count` unit vectors: the pool's own vectors first, then vectors sampled around random pool
 * vectors (pool vector + gaussian noise of expected norm `noise`, renormalised).
 *
 * `shape: 'isotropic'` draws the noise from N(0, I): in 512 dimensions that makes the set
 * intrinsically 512-dimensional, unlike real embeddings. `shape: 'data'` (default) draws it
 * from the pool's own covariance, as a gaussian combination of `rank` random centred pool
 * vectors, so derived vectors stay on the real vectors' low-dimensional spread.
 * With unit inputs the cosine between a derived vector and its seed is about 1/√(1+noise²).
 */
export function deriveVectors(
  pool: readonly Float32Array[],
  count: number,
  noise: number,
  seed = 1,
  options: { shape?: 'isotropic' | 'data'; rank?: number } = {},
): Float32Array[] {
  if (pool.length === 0) throw new Error('deriveVectors needs at least one real vector');
  const dims = pool[0]!.length;
  const uniform = mulberry32(seed);
  const normal = gaussian(uniform);
  const shape = options.shape ?? 'data';
  const rank = options.rank ?? 16;
  // Mean and mean squared distance to it, for covariance-shaped noise.
  const mean = new Float64Array(dims);
  for (const v of pool) for (let j = 0; j < dims; j++) mean[j]! += v[j]! / pool.length;
  let spread = 0;
  for (const v of pool) for (let j = 0; j < dims; j++) spread += (v[j]! - mean[j]!) ** 2 / pool.length;
  const dataShaped = shape === 'data' && spread > 0;
  const out: Float32Array[] = [];
  for (let i = 0; i < count; i++) {
    if (i < pool.length) {
      out.push(pool[i]!);
      continue;
    }
    const base = pool[Math.floor(uniform() * pool.length)]!;
    const v = Float32Array.from(base);
    if (dataShaped) {
      // Σ g_k (x_k − μ) / √rank has the pool's covariance; scaled to expected norm `noise`.
      const scale = noise / Math.sqrt(rank * spread);
      for (let k = 0; k < rank; k++) {
        const x = pool[Math.floor(uniform() * pool.length)]!;
        const g = normal() * scale;
        for (let j = 0; j < dims; j++) v[j]! += g * (x[j]! - mean[j]!);
      }
    } else {
      const sigma = noise / Math.sqrt(dims);
      for (let j = 0; j < dims; j++) v[j]! += sigma * normal();
    }
    out.push(normalizeInPlace(v));
  }
  return out;
}

/** Packs vectors row-major into one array, for a cache-friendly scan. */
export function packRows(vectors: readonly Float32Array[]): Float32Array {
  const dims = vectors[0]?.length ?? 0;
  const flat = new Float32Array(vectors.length * dims);
  vectors.forEach((v, i) => flat.set(v, i * dims));
  return flat;
}

/**
 * Exact k nearest rows of `flat` (row-major, `dims` wide) to `query` by inner product (cosine
 * for unit vectors): labels best first, ties by smaller label. The brute-force baseline.
 */
export function bruteForceTopK(flat: Float32Array, dims: number, query: Float32Array, k: number): number[] {
  const rows = dims === 0 ? 0 : Math.floor(flat.length / dims);
  const n = Math.min(k, rows);
  if (n <= 0) return [];
  const labels = new Int32Array(n).fill(-1);
  const scores = new Float64Array(n).fill(-Infinity);
  for (let r = 0; r < rows; r++) {
    let s = 0;
    const base = r * dims;
    for (let j = 0; j < dims; j++) s += flat[base + j]! * query[j]!;
    if (s <= scores[n - 1]!) continue;
    let at = n - 1;
    while (at > 0 && scores[at - 1]! < s) {
      scores[at] = scores[at - 1]!;
      labels[at] = labels[at - 1]!;
      at--;
    }
    scores[at] = s;
    labels[at] = r;
  }
  return Array.from(labels);
}

/** Fraction of the true top-k (first k of `truth`) found among the first k of `found`. */
export function recallAtK(truth: readonly number[], found: readonly number[], k: number): number {
  const want = truth.slice(0, k);
  if (want.length === 0) return 1;
  const got = new Set(found.slice(0, k));
  return want.filter((label) => got.has(label)).length / want.length;
}
