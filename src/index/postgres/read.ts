import type { Passage } from '../../corpus/types.js';
import { CitebotError } from '../../errors.js';
import { parseBm25 } from '../lexical.js';
import { prepareBm25 } from '../lexical-prepared.js';
import { corrupt, parseManifest } from '../manifest.js';
import type { ServedIndex } from '../search-backend.js';
import type { StoredArticle } from '../store.js';
import type { Database } from './database.js';
import { readSchema } from './schema.js';
import { PostgresSearch } from './search.js';
import { asTermsTable } from './terms.js';

const missing = (db: Database) =>
  new CitebotError('INDEX_MISSING', `The search database at DATABASE_URL (${db.where}) holds no citebot build yet.`, {
    hint: 'Build it with `npm run index` (with SEARCH_BACKEND=postgres).',
  });

/**
 * The id of the current build, or null when the database holds none: one small query, run before
 * every request. With `checkSchema`, tables of another schema version are refused (loading a
 * build always checks).
 */
export async function currentDatabaseBuild(db: Database, options: { checkSchema?: boolean } = {}): Promise<string | null> {
  if (options.checkSchema && (await readSchema(db)) === null) return null;
  try {
    const result = await db.pool.query<{ id: string }>("SELECT value #>> '{}' AS id FROM citebot_meta WHERE key = 'current'");
    return result.rows[0]?.id ?? null;
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') return null; // No citebot tables yet.
    throw error;
  }
}

/**
 * Loads build `id` for serving: its manifest, articles and passages (quotes are checked against
 * them) and its lexical statistics (reading a question needs them); vectors stay in the database,
 * searched through {@link PostgresSearch}.
 */
export async function readDatabaseIndex(db: Database, id?: string): Promise<ServedIndex> {
  const schema = await readSchema(db);
  const buildId = id ?? (await currentDatabaseBuild(db));
  if (schema === null || buildId === null) throw missing(db);
  const where = `DATABASE_URL (${db.where})`;
  const build = await db.pool.query<{ manifest: unknown; lexical: string; terms_table: string | null }>(
    'SELECT manifest, lexical, terms_table FROM citebot_builds WHERE id = $1',
    [buildId],
  );
  if (build.rowCount !== 1) throw missing(db);
  const manifest = parseManifest(JSON.stringify(build.rows[0]!.manifest), where);
  const termsTable = asTermsTable(build.rows[0]!.terms_table);
  if (schema.lexical === 'bm25' && termsTable === null) throw corrupt(where, `build ${buildId} names no BM25 terms table`);
  const articles = (
    await db.pool.query<{ article: StoredArticle }>(
      'SELECT a.article FROM citebot_build_articles b JOIN citebot_articles a ON a.key = b.article_key WHERE b.build_id = $1 ORDER BY b.position',
      [buildId],
    )
  ).rows.map((r) => r.article);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const passages: Passage[] = (
    await db.pool.query<{ passage: Omit<Passage, 'text'> }>(
      `SELECT p.passage FROM citebot_build_articles b JOIN citebot_passages p ON p.article_key = b.article_key
       WHERE b.build_id = $1 ORDER BY b.position, p.ordinal`,
      [buildId],
    )
  ).rows.map(({ passage: p }) => ({ ...p, text: byId.get(p.articleId)?.text.slice(p.start, p.end) ?? '' }));
  if (articles.length !== manifest.counts.articles || passages.length !== manifest.counts.passages || passages.some((p) => p.text === '')) {
    throw corrupt(where, `build ${buildId} does not hold the articles and passages its manifest counts`);
  }
  return {
    manifest,
    articles,
    passages,
    labels: new Map(passages.map((p, i) => [p.id, i])),
    lexical: prepareBm25(parseBm25(build.rows[0]!.lexical)),
    search: new PostgresSearch(db, buildId, termsTable),
  };
}
