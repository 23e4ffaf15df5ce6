/** A retrieved passage as diversification sees it. */
export interface MmrCandidate {
  id: string;
  /** Relevance; any scale, higher is better. */
  score: number;
  /** Embedding of the passage, when available. */
  vector?: Float32Array;
  /** What to spread across: the passage's `articleId`. */
  group: string;
}

/** Options for {@link mmr}. */
export interface MmrOptions {
  /** How many candidates to select. */
  k: number;
  /** 1 = relevance only; 0 = novelty only. */
  lambda: number;
  /** At most this many selections per group (default: no cap). */
  perGroupCap?: number;
}

/** Cosine similarity; 0 when either vector is all zeros. */
function cosine(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) throw new RangeError(`mmr: vectors of ${a.length} and ${b.length} dimensions`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Cosine of the vectors when both have one; otherwise 1 for the same article, 0 for
 * different ones. We use the group rather than token Jaccard as the fallback because
 * candidates carry no text here, and spreading across articles is the goal itself.
 */
function similarity(a: MmrCandidate, b: MmrCandidate): number {
  if (a.vector && b.vector) return cosine(a.vector, b.vector);
  return a.group === b.group ? 1 : 0;
}

/**
 * Keeps items in order, dropping any beyond the first `cap` of their group, so that one
 * article cannot fill the answer with neighbouring paragraphs.
 */
export function capPerGroup<T extends { group: string }>(items: readonly T[], cap: number): T[] {
  const seen = new Map<string, number>();
  return items.filter((item) => {
    const count = seen.get(item.group) ?? 0;
    if (count >= cap) return false;
    seen.set(item.group, count + 1);
    return true;
  });
}

/**
 * Maximal Marginal Relevance (Carbonell & Goldstein, 1998): greedily picks the candidate
 * maximising λ·relevance − (1−λ)·(max similarity to those already picked), honouring
 * `perGroupCap`. Returns up to `k` candidates in pick order; ties go to the higher raw
 * score, then the smaller id.
 *
 * Relevance is min-max normalised to [0, 1] over the candidates first, because fused
 * scores (RRF gives ~0.03) would otherwise be dwarfed by similarities in [−1, 1] and λ
 * would mean something different for every scorer.
 */
export function mmr<T extends MmrCandidate>(candidates: readonly T[], opts: MmrOptions): T[] {
  const { k, lambda } = opts;
  const cap = opts.perGroupCap ?? Infinity;
  let min = Infinity;
  let max = -Infinity;
  for (const c of candidates) {
    min = Math.min(min, c.score);
    max = Math.max(max, c.score);
  }
  const relevance = candidates.map((c) => (max > min ? (c.score - min) / (max - min) : 1));
  // Max similarity to the picked set, updated once per pick: O(k · n) similarity calls.
  const maxSim = candidates.map(() => -Infinity);
  const open = candidates.map((_, i) => i);
  const perGroup = new Map<string, number>();
  const picked: T[] = [];
  while (picked.length < k && open.length > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of open) {
      const c = candidates[i];
      if ((perGroup.get(c.group) ?? 0) >= cap) continue;
      const value = lambda * relevance[i] - (picked.length > 0 ? (1 - lambda) * maxSim[i] : 0);
      const b = best >= 0 ? candidates[best] : undefined;
      if (!b || value > bestValue || (value === bestValue && (c.score > b.score || (c.score === b.score && c.id < b.id)))) {
        best = i;
        bestValue = value;
      }
    }
    if (best < 0) break; // every remaining candidate is in a full group
    const chosen = candidates[best];
    picked.push(chosen);
    perGroup.set(chosen.group, (perGroup.get(chosen.group) ?? 0) + 1);
    open.splice(open.indexOf(best), 1);
    // At λ = 1 similarity has no weight: skip its O(k · n) vector work.
    if (lambda < 1) for (const i of open) maxSim[i] = Math.max(maxSim[i], similarity(candidates[i], chosen));
  }
  return picked;
}
