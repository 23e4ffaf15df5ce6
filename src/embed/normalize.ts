/**
 * Returns a unit-length copy of `values`, so that inner product equals cosine similarity.
 * A zero vector (nothing to point anywhere) stays zero rather than becoming NaN.
 */
export function l2Normalize(values: ArrayLike<number>): Float32Array {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * values[i];
  const out = new Float32Array(values.length);
  if (sum === 0) return out;
  const scale = 1 / Math.sqrt(sum);
  for (let i = 0; i < values.length; i++) out[i] = values[i] * scale;
  return out;
}

/** Checks a batch size option: a positive integer. */
export function checkBatchSize(batchSize: number): number {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batch size must be a positive integer, got ${batchSize}`);
  }
  return batchSize;
}
