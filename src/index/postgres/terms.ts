import type { Database } from './database.js';

/**
 * The BM25 leg's tables. pg_textsearch keeps corpus statistics (document count, average length,
 * document frequencies) that count every row version its index ever took in, until a REINDEX:
 * a VACUUM does not take out versions left by updates. An index over the passages table would
 * therefore also count the previous build's rows, a build in progress and the versions that
 * writing vectors leaves behind, and its scores would drift from BM25 over the current build.
 * So each build gets the terms of exactly its passages in one of two tables, emptied and indexed
 * afresh; the other table stays whole for readers still on the previous build.
 */
export const TERMS_TABLES = ['citebot_terms_a', 'citebot_terms_b'] as const;

/** One of {@link TERMS_TABLES}. */
export type TermsTable = (typeof TERMS_TABLES)[number];

/** The BM25 index of a terms table, as `to_bm25query` names it. */
export const bm25IndexOf = (table: TermsTable) => `${table}_bm25`;

/** A table name read back from the database, accepted only if it is one of ours (it goes into SQL text). */
export function asTermsTable(name: unknown): TermsTable | null {
  return TERMS_TABLES.find((t) => t === name) ?? null;
}

/** Creates both tables, empty (with the schema). */
export async function createTermsTables(db: Database): Promise<void> {
  for (const table of TERMS_TABLES) await db.pool.query(`CREATE TABLE ${table} (passage_id text NOT NULL, terms text NOT NULL)`);
}

/** The table the current build does not use: the next build writes there. */
export async function nextTermsTable(db: Database): Promise<TermsTable> {
  const result = await db.pool.query<{ t: string | null }>(
    "SELECT b.terms_table AS t FROM citebot_meta m JOIN citebot_builds b ON b.id = m.value #>> '{}' WHERE m.key = 'current'",
  );
  return asTermsTable(result.rows[0]?.t) === TERMS_TABLES[0] ? TERMS_TABLES[1] : TERMS_TABLES[0];
}

/**
 * Fills `table` with the terms of the passages of `articleKeys` only and indexes them anew.
 * Dropping the index and emptying the table first is what resets pg_textsearch's statistics;
 * building the index after the rows are in is also its fast path. Copies inside the database:
 * nothing is embedded or sent back and forth.
 */
export async function fillTermsTable(db: Database, table: TermsTable, articleKeys: readonly string[]): Promise<void> {
  await db.pool.query(`DROP INDEX IF EXISTS ${bm25IndexOf(table)}`);
  await db.pool.query(`TRUNCATE ${table}`);
  await db.pool.query(
    `INSERT INTO ${table} (passage_id, terms) SELECT passage_id, terms FROM citebot_passages WHERE article_key = ANY($1::text[])`,
    [articleKeys],
  );
  await db.pool.query(`CREATE INDEX ${bm25IndexOf(table)} ON ${table} USING bm25 (terms) WITH (text_config = 'simple')`);
}
