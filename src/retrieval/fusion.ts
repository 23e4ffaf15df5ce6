/** One entry of a ranked list, best first; `score` is only read by score-based fusion. */
export interface Ranked {
  id: string;
  score: number;
}

/** A fused result: the combined score and the item's 1-based rank in each input list. */
export interface Fused {
  id: string;
  score: number;
  /** `ranks[i]` is the item's rank in `lists[i]`, or null when that list lacks it. */
  ranks: (number | null)[];
}

/** Options for {@link reciprocalRankFusion}. */
export interface RrfOptions {
  /** Damping constant; 60 is the value from Cormack et al. (2009). */
  k?: number;
  /** One weight per list, default 1 each. */
  weights?: readonly number[];
}

function checkWeights(lists: readonly unknown[], weights: readonly number[] | undefined): readonly number[] {
  if (weights === undefined) return lists.map(() => 1);
  if (weights.length !== lists.length) {
    throw new RangeError(`fusion: ${weights.length} weights for ${lists.length} lists`);
  }
  return weights;
}

/**
 * Sums `contribution(list, position, entry)` per id over all lists and sorts by score,
 * then id. An id listed twice in one list keeps only its first (best) position.
 */
function fuse(lists: readonly (readonly Ranked[])[], contribution: (list: number, position: number, entry: Ranked) => number): Fused[] {
  const byId = new Map<string, Fused>();
  lists.forEach((list, l) => {
    list.forEach((entry, position) => {
      let fused = byId.get(entry.id);
      if (!fused) {
        fused = { id: entry.id, score: 0, ranks: lists.map(() => null) };
        byId.set(entry.id, fused);
      }
      if (fused.ranks[l] !== null) return;
      fused.ranks[l] = position + 1;
      fused.score += contribution(l, position, entry);
    });
  });
  // Plain code-unit comparison for ids: deterministic whatever the locale.
  return [...byId.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Reciprocal Rank Fusion: score = Σ weightᵢ / (k + rankᵢ) over the lists that contain the
 * item. Uses only positions, so lists with incomparable scores (cosine, BM25) combine fairly.
 * Each list must be ordered best first.
 */
export function reciprocalRankFusion(lists: readonly (readonly Ranked[])[], opts: RrfOptions = {}): Fused[] {
  const k = opts.k ?? 60;
  const weights = checkWeights(lists, opts.weights);
  return fuse(lists, (l, position) => weights[l] / (k + position + 1));
}

/**
 * Weighted sum of per-list min-max normalised scores (best in a list → 1, worst → 0;
 * a list whose scores are all equal gives 1 to each). An item a list lacks gets 0 from it.
 *
 * Min-max rather than z-score: the inputs are short top-k lists, where mean and deviation
 * are unstable, and z-scores go negative, which would make being absent from a list (0)
 * better than being present near its bottom. Min-max keeps "absent" the worst outcome.
 */
export function weightedScoreFusion(lists: readonly (readonly Ranked[])[], weights?: readonly number[]): Fused[] {
  const w = checkWeights(lists, weights);
  const bounds = lists.map((list) => {
    let min = Infinity;
    let max = -Infinity;
    for (const { score } of list) {
      min = Math.min(min, score);
      max = Math.max(max, score);
    }
    return { min, span: max - min };
  });
  return fuse(lists, (l, _position, { score }) => {
    const { min, span } = bounds[l];
    return w[l] * (span > 0 ? (score - min) / span : 1);
  });
}
