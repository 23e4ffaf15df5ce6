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
 * Matches the new passages to the previous build's by text (equal text means an equal vector:
 * both come from the same content-addressed cache and model) and decides whether to extend the
 * previous graph. `reuse[i]` is the slot that already holds passage i's vector, or null.
 */
export function planGraph(
  previous: { passages: readonly { text: string }[]; vectors: Pick<HnswVectorStore, 'slots' | 'elements' | 'inserted'> },
  texts: readonly string[],
): GraphPlan {
  const free = new Map<string, number[]>();
  previous.passages.forEach((p, i) => {
    const slots = free.get(p.text);
    if (slots) slots.push(previous.vectors.slots[i]!);
    else free.set(p.text, [previous.vectors.slots[i]!]);
  });
  const reuse = texts.map((text) => free.get(text)?.pop() ?? null);
  const kept = reuse.filter((s) => s !== null).length;
  const fresh = texts.length - kept;
  const elements = previous.vectors.elements;
  const elementsAfter = elements + Math.max(0, fresh - (elements - kept));
  const deleted = elementsAfter - texts.length;
  const inserted = previous.vectors.inserted + fresh;
  if (deleted > GRAPH_LIMITS.maxDeletedShare * elementsAfter) {
    return { kind: 'rebuild', reason: `${deleted} of ${elementsAfter} graph elements would be deleted ones` };
  }
  if (inserted > GRAPH_LIMITS.maxInsertedShare * texts.length) {
    return { kind: 'rebuild', reason: `${inserted} of ${texts.length} vectors would have been inserted since the last full build` };
  }
  return { kind: 'extend', reuse, deleted, inserted };
}
