import type { EmbedderInfo } from '../../embed/types.js';
import { CitebotError } from '../../errors.js';
import type { Database } from './database.js';
import { createTermsTables, TERMS_TABLES } from './terms.js';

/**
 * Version of citebot's tables; a database written by another version is refused (see {@link readSchema}).
 * 2: BM25 over per-build terms tables (see terms.ts) instead of an index over every passage row.
 */
export const SCHEMA_VERSION = 2;

/** How the lexical leg ranks: BM25 from pg_textsearch where the server has it, else Postgres full-text ranking. */
export type LexicalMode = 'bm25' | 'fts';

/** What the tables were created for: their version, the model of their vectors and the lexical ranking. */
export interface SchemaState {
  version: number;
  embedder: EmbedderInfo;
  lexical: LexicalMode;
}

const TABLES = ['citebot_build_articles', 'citebot_passages', 'citebot_articles', 'citebot_builds', 'citebot_meta', ...TERMS_TABLES];

/**
 * The state of citebot's tables, or null when there are none yet. Tables of another schema
 * version are refused with what to run: they cannot be read, and a build must recreate them.
 */
export async function readSchema(db: Database): Promise<SchemaState | null> {
  const exists = await db.pool.query<{ t: string | null }>("SELECT to_regclass('citebot_meta')::text AS t");
  if (exists.rows[0]?.t == null) return null;
  const rows = await db.pool.query<{ key: string; value: unknown }>(
    "SELECT key, value FROM citebot_meta WHERE key IN ('schema', 'embedder', 'lexical')",
  );
  const meta = Object.fromEntries(rows.rows.map((r) => [r.key, r.value]));
  const version = typeof meta.schema === 'number' ? meta.schema : 0;
  if (version !== SCHEMA_VERSION) {
    const newer = version > SCHEMA_VERSION;
    throw new CitebotError(
      'DATABASE_SCHEMA',
      `The database at DATABASE_URL (${db.where}) holds citebot tables of schema version ${version}; this version of citebot uses version ${SCHEMA_VERSION}.`,
      {
        hint: newer
          ? 'A newer citebot wrote them: run that version, or rebuild with this one by `npm run index -- --rebuild`.'
          : 'Run `npm run index -- --rebuild` to recreate them (only the citebot_* tables are replaced; the corpus files are untouched).',
      },
    );
  }
  return { version, embedder: meta.embedder as EmbedderInfo, lexical: meta.lexical === 'bm25' ? 'bm25' : 'fts' };
}

/** Drops citebot's tables (for `--rebuild`, a model change or an old schema). Nothing else in the database is touched. */
export async function dropSchema(db: Database): Promise<void> {
  await db.pool.query(`DROP TABLE IF EXISTS ${TABLES.join(', ')} CASCADE`);
}

/** Creates the tables for vectors of `embedder`'s dimensions, with an HNSW index (cosine) and the best lexical index the server has. */
export async function createSchema(db: Database, embedder: EmbedderInfo): Promise<SchemaState> {
  await db.pool.query('CREATE EXTENSION IF NOT EXISTS vector');
  const available = await db.pool.query("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_textsearch'");
  const lexical: LexicalMode = available.rowCount ? 'bm25' : 'fts';
  if (lexical === 'bm25') await db.pool.query('CREATE EXTENSION IF NOT EXISTS pg_textsearch');
  await db.pool.query(`
    CREATE TABLE citebot_meta (key text PRIMARY KEY, value jsonb NOT NULL);
    -- terms_table: where the build's BM25 terms are (null with full-text ranking).
    CREATE TABLE citebot_builds (
      id text PRIMARY KEY, manifest jsonb NOT NULL, lexical text NOT NULL, terms_table text, created_at timestamptz NOT NULL DEFAULT now()
    );
    -- Articles and passages are keyed by content, so an unchanged article keeps its rows and vectors across builds.
    CREATE TABLE citebot_articles (key text PRIMARY KEY, article jsonb NOT NULL);
    CREATE TABLE citebot_passages (
      article_key text NOT NULL REFERENCES citebot_articles (key) ON DELETE CASCADE,
      ordinal int NOT NULL,
      passage_id text NOT NULL,
      passage jsonb NOT NULL,
      text_hash text NOT NULL,
      body text NOT NULL,
      terms text NOT NULL,
      embedding vector(${embedder.dimensions}),
      claimed_until timestamptz,
      PRIMARY KEY (article_key, ordinal)
    );
    CREATE INDEX citebot_passages_hnsw ON citebot_passages USING hnsw (embedding vector_cosine_ops);
    CREATE INDEX citebot_passages_todo ON citebot_passages (article_key, ordinal) WHERE embedding IS NULL;
    CREATE INDEX citebot_passages_hash ON citebot_passages (text_hash);
    CREATE TABLE citebot_build_articles (
      build_id text NOT NULL,
      article_key text NOT NULL REFERENCES citebot_articles (key) ON DELETE CASCADE,
      position int NOT NULL,
      PRIMARY KEY (build_id, article_key)
    );`);
  if (lexical === 'bm25') await createTermsTables(db);
  else await db.pool.query("CREATE INDEX citebot_passages_fts ON citebot_passages USING gin (to_tsvector('simple', terms))");
  await db.pool.query("INSERT INTO citebot_meta (key, value) VALUES ('schema', $1), ('embedder', $2), ('lexical', $3)", [
    SCHEMA_VERSION,
    JSON.stringify(embedder),
    JSON.stringify(lexical),
  ]);
  return { version: SCHEMA_VERSION, embedder, lexical };
}
