/** Small statistics for benchmark samples. Pure. */

/** The q-quantile (0 ≤ q ≤ 1) of ascending `sorted`, interpolating linearly between ranks; NaN when empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (q <= 0) return sorted[0]!;
  if (q >= 1) return sorted[sorted.length - 1]!;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** Median and spread of a set of samples. */
export interface Summary {
  n: number;
  median: number;
  p10: number;
  p90: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/** Summarises samples (any order); every field is NaN for an empty set, except n. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = samples.filter((s) => Number.isFinite(s)).sort((a, b) => a - b);
  const mean = sorted.length === 0 ? Number.NaN : sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    p95: quantile(sorted, 0.95),
    min: sorted.length ? sorted[0]! : Number.NaN,
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    mean,
  };
}

/** a / b, or NaN when b is zero or either is not finite. */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : Number.NaN;
}

/** Rounds to `significant` significant digits. */
export function roundTo(value: number, significant = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const digits = significant - 1 - Math.floor(Math.log10(Math.abs(value)));
  return digits >= 0 ? Math.round(value * 10 ** digits) / 10 ** digits : Math.round(value / 10 ** -digits) * 10 ** -digits;
}

/** A number for a table: 3 significant digits, thousands separated, '–' for missing. */
export function fmt(value: number | null | undefined, significant = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const r = roundTo(value, significant);
  const digits = Math.max(0, significant - 1 - Math.floor(Math.log10(Math.abs(r) || 1)));
  return r.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** "median (p10–p90)" for a summary, scaled by `scale` (e.g. 1000 for ms → µs). */
export function fmtSpread(s: Summary, scale = 1): string {
  if (s.n === 0) return '–';
  if (s.n === 1) return `${fmt(s.median * scale)} (n=1)`;
  return `${fmt(s.median * scale)} (${fmt(s.p10 * scale)}–${fmt(s.p90 * scale)})`;
}
