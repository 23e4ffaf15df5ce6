import { createHash } from 'node:crypto';
import pgvector from 'pgvector';
import type { Passage } from '../../corpus/types.js';
import { tokenize } from '../../text/tokenize.js';
import type { ChunkerSettings } from '../../text/chunk.js';
import { EmbeddingCache } from '../embedding-cache.js';
import type { Manifest } from '../manifest.js';
import type { StoredArticle } from '../store.js';
import type { Database } from './database.js';
import type { TermsTable } from './terms.js';

/** An article of the new build, with its passages. */
export interface ArticleRows {
  key: string;
  article: StoredArticle;
  passages: Passage[];
}

/**
 * The row key of an article: its id, its content and the chunking, so an unchanged article maps
 * to the same rows (and vectors) in every build, and a changed one gets new rows beside the old.
 */
export function articleKey(article: StoredArticle, chunker: ChunkerSettings): string {
  return createHash('sha256')
    .update(JSON.stringify([article.id, article.contentHash, chunker]))
    .digest('hex');
}

/** Keys among `keys` the database already holds (their rows and vectors are reused as they are). */
export async function existingKeys(db: Database, keys: readonly string[]): Promise<Set<string>> {
  const result = await db.pool.query<{ key: string }>('SELECT key FROM citebot_articles WHERE key = ANY($1::text[])', [keys]);
  return new Set(result.rows.map((r) => r.key));
}

/**
 * Inserts new articles and their passages, vectors filled in from the embedding cache where it
 * has them, then from identical passage text already in the database. The rest stay without a
 * vector for the embedding workers to claim.
 */
export async function insertArticles(db: Database, rows: readonly ArticleRows[], cache: EmbeddingCache | null): Promise<void> {
  for (let at = 0; at < rows.length; at += 200) {
    const slice = rows.slice(at, at + 200);
    await db.pool.query(
      'INSERT INTO citebot_articles (key, article) SELECT * FROM unnest($1::text[], $2::jsonb[]) ON CONFLICT DO NOTHING',
      [slice.map((r) => r.key), slice.map((r) => JSON.stringify(r.article))],
    );
    const passages = slice.flatMap((r) => r.passages.map((p, ordinal) => ({ key: r.key, ordinal, p })));
    await db.pool.query(
      `INSERT INTO citebot_passages (article_key, ordinal, passage_id, passage, text_hash, body, terms, embedding)
       SELECT k, o, i, p, h, b, t, e::vector FROM unnest($1::text[], $2::int[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::text[], $8::text[])
         AS v(k, o, i, p, h, b, t, e)
       ON CONFLICT DO NOTHING`,
      [
        passages.map((x) => x.key),
        passages.map((x) => x.ordinal),
        passages.map((x) => x.p.id),
        passages.map(({ p: { text: _text, ...rest } }) => JSON.stringify(rest)),
        passages.map((x) => EmbeddingCache.keyOf(x.p.text)),
        passages.map((x) => x.p.text),
        passages.map((x) => tokenize(x.p.text).join(' ')),
        passages.map((x) => {
          const cached = cache?.get(x.p.text);
          return cached ? pgvector.toSql(Array.from(cached)) : null;
        }),
      ],
    );
  }
  await db.pool.query(
    `UPDATE citebot_passages p SET embedding = q.embedding
     FROM citebot_passages q WHERE p.embedding IS NULL AND q.embedding IS NOT NULL AND q.text_hash = p.text_hash`,
  );
}

/**
 * Makes `manifest`'s build the current one in one transaction: its article list, its row and
 * the pointer change together, so a reader sees the old build or the new one, never a mix.
 * Rows that neither this build nor the previous one uses are removed in the same transaction;
 * the previous build stays whole for readers still on it.
 */
export async function switchBuild(
  db: Database,
  manifest: Manifest,
  lexical: { stats: string; table: TermsTable | null },
  keys: readonly string[],
): Promise<void> {
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('INSERT INTO citebot_builds (id, manifest, lexical, terms_table) VALUES ($1, $2, $3, $4)', [
      manifest.buildId,
      manifest,
      lexical.stats,
      lexical.table,
    ]);
    await client.query(
      'INSERT INTO citebot_build_articles (build_id, article_key, position) SELECT $1, k, o - 1 FROM unnest($2::text[]) WITH ORDINALITY AS v(k, o)',
      [manifest.buildId, keys],
    );
    const previous = await client.query<{ id: string }>("SELECT value #>> '{}' AS id FROM citebot_meta WHERE key = 'current'");
    const keep = [manifest.buildId, ...previous.rows.map((r) => r.id)];
    await client.query(
      "INSERT INTO citebot_meta (key, value) VALUES ('current', to_jsonb($1::text)) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
      [manifest.buildId],
    );
    await client.query('DELETE FROM citebot_build_articles WHERE build_id <> ALL($1::text[])', [keep]);
    await client.query('DELETE FROM citebot_builds WHERE id <> ALL($1::text[])', [keep]);
    await client.query(
      'DELETE FROM citebot_articles a WHERE NOT EXISTS (SELECT 1 FROM citebot_build_articles b WHERE b.article_key = a.key)',
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
