import pgvector from 'pgvector';
import type { Embedder } from '../../embed/types.js';
import type { Database } from './database.js';

/** A passage claimed for embedding. */
export interface Claimed {
  articleKey: string;
  ordinal: number;
  body: string;
}

/** How long a claim holds before another worker may take the batch (a worker that died loses nothing). */
export const DEFAULT_CLAIM_MS = 120_000;

/**
 * Claims up to `size` passages that have no vector and no live claim. `FOR UPDATE SKIP LOCKED`
 * lets workers claim at the same moment without waiting for or doubling each other; the expiry
 * hands the batch of a worker that died to the next one.
 */
export async function claimBatch(db: Database, size: number, claimMs = DEFAULT_CLAIM_MS): Promise<Claimed[]> {
  const result = await db.pool.query<{ article_key: string; ordinal: number; body: string }>(
    `UPDATE citebot_passages p SET claimed_until = now() + $2 * interval '1 millisecond'
     FROM (SELECT article_key, ordinal FROM citebot_passages
           WHERE embedding IS NULL AND (claimed_until IS NULL OR claimed_until < now())
           ORDER BY article_key, ordinal LIMIT $1 FOR UPDATE SKIP LOCKED) c
     WHERE p.article_key = c.article_key AND p.ordinal = c.ordinal
     RETURNING p.article_key, p.ordinal, p.body`,
    [size, claimMs],
  );
  return result.rows.map((r) => ({ articleKey: r.article_key, ordinal: r.ordinal, body: r.body }));
}

/** Writes the vectors of a claimed batch back and clears its claim. */
export async function storeVectors(db: Database, batch: readonly Claimed[], vectors: readonly Float32Array[]): Promise<void> {
  await db.pool.query(
    `UPDATE citebot_passages p SET embedding = v.e::vector, claimed_until = NULL
     FROM unnest($1::text[], $2::int[], $3::text[]) AS v(k, o, e) WHERE p.article_key = v.k AND p.ordinal = v.o`,
    [batch.map((c) => c.articleKey), batch.map((c) => c.ordinal), vectors.map((v) => pgvector.toSql(Array.from(v)))],
  );
}

/** Passages still without a vector (claimed or not). */
export async function pendingCount(db: Database): Promise<number> {
  const result = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM citebot_passages WHERE embedding IS NULL');
  return Number(result.rows[0]!.n);
}

/** How {@link embedPending} works through the passages. */
export interface EmbedPendingOptions {
  batchSize?: number;
  claimMs?: number;
  /** Keep polling while other workers hold claims, until every passage has a vector (the build's own loop); default false. */
  untilDone?: boolean;
  pollMs?: number;
  /** Passages still without a vector, by any worker, after each batch and while waiting: for a progress bar. */
  onRemaining?: (remaining: number) => void;
}

/** Claims, embeds and stores batches until none is left to claim (or, with `untilDone`, none is left at all). Returns how many it embedded. */
export async function embedPending(db: Database, embedder: Embedder, options: EmbedPendingOptions = {}): Promise<number> {
  let embedded = 0;
  for (;;) {
    const batch = await claimBatch(db, options.batchSize ?? 32, options.claimMs);
    if (batch.length === 0) {
      if (!options.untilDone) return embedded;
      const remaining = await pendingCount(db);
      options.onRemaining?.(remaining);
      if (remaining === 0) return embedded;
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
      continue;
    }
    const vectors = await embedder.embed(batch.map((c) => c.body));
    await storeVectors(db, batch, vectors);
    embedded += batch.length;
    if (options.onRemaining) options.onRemaining(await pendingCount(db));
  }
}
