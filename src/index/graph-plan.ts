import type { HnswVectorStore } from './vector-store.js';

/**
 * When an incremental build stops extending the previous graph and builds it from scratch.
 *
 * - Deleted elements: hnswlib keeps a removed passage in the graph, marked deleted, as a routing
 *   node that is never returned, until a new vector takes its place. Searches walk through them
 *   and they hold memory, so once they are more than a fifth of the graph (a corpus that shrank)
 *   the graph is rebuilt.
 * - Inserted elements: an element inserted later is linked as well as one inserted during a full
 *   build, but the links of its older neighbours are only repaired locally (and a replaced
 *   element's neighbourhood is re-linked by hnswlib's updatePoint). Once half of the live vectors
 *   came in that way, the graph is rebuilt, at a cost (about 4 s at 11k passages) small next to
 *   embedding that many new passages, which such a build has just paid.
 */
export const GRAPH_LIMITS = { maxDeletedShare: 0.2, maxInsertedShare: 0.5 } as const;

/** What the next build does with the previous graph. */
export type GraphPlan =
  { kind: 'extend'; reuse: (number | null)[]; deleted: number; inserted: number } | { kind: 'rebuild'; reason: string };

/**
 * For each new passage, the position of a previous passage with the same text (each used once),
 * or null. Equal text means an equal vector: both come from the same content-addressed cache and
 * model, so a matched passage's vector is taken from the previous build instead of the cache.
 */
export function matchPassages(previous: readonly { text: string }[], texts: readonly string[]): (number | null)[] {
  const free = new Map<string, number[]>();
  previous.forEach((p, position) => {
    const positions = free.get(p.text);
    if (positions) positions.push(position);
    else free.set(p.text, [position]);
  });
  return texts.map((text) => free.get(text)?.pop() ?? null);
}

/**
 * Whether to extend the previous graph with the new build's passages (`matched` from
 * {@link matchPassages}); `reuse[i]` is then the slot that already holds passage i's vector.
 */
export function planGraph(
  previous: Pick<HnswVectorStore, 'slots' | 'elements' | 'inserted'>,
  matched: readonly (number | null)[],
): GraphPlan {
  const reuse = matched.map((position) => (position === null ? null : previous.slots[position]!));
  const kept = reuse.filter((s) => s !== null).length;
  const fresh = matched.length - kept;
  const elements = previous.elements;
  const elementsAfter = elements + Math.max(0, fresh - (elements - kept));
  const deleted = elementsAfter - matched.length;
  const inserted = previous.inserted + fresh;
  if (deleted > GRAPH_LIMITS.maxDeletedShare * elementsAfter) {
    return { kind: 'rebuild', reason: `${deleted} of ${elementsAfter} graph elements would be deleted ones` };
  }
  if (inserted > GRAPH_LIMITS.maxInsertedShare * matched.length) {
    return { kind: 'rebuild', reason: `${inserted} of ${matched.length} vectors would have been inserted since the last full build` };
  }
  return { kind: 'extend', reuse, deleted, inserted };
}
