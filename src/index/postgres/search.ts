import pgvector from 'pgvector';
import type { SearchBackend, SearchCandidate } from '../search-backend.js';
import { isConnectionError, tryAgainShortly, type Database } from './database.js';
import { bm25IndexOf, type TermsTable } from './terms.js';

// Rows of the previous build stay beside the current ones for readers still on it: the dense leg
// fetches this many times k from the index, then keeps the rows of its own build.
const SLACK = 2;

/**
 * The `postgres` backend: pgvector's HNSW index (cosine) for the dense leg; pg_textsearch BM25
 * over the build's own terms table (see terms.ts), or Postgres full-text ranking where the server
 * lacks pg_textsearch (`termsTable` null), for the lexical leg. Every query is
 * confined to one build, so a request sees one corpus even while another build is switched in.
 * A lost connection is a DATABASE_UNAVAILABLE "try again shortly"; the pool reconnects by itself.
 */
export class PostgresSearch implements SearchBackend {
  readonly kind = 'postgres';

  constructor(
    private readonly db: Database,
    private readonly buildId: string,
    private readonly termsTable: TermsTable | null,
  ) {}

  dense(query: Float32Array, k: number): Promise<SearchCandidate[]> {
    return this.run(
      `SELECT c.id, 1 - c.distance AS score FROM (
         SELECT passage_id AS id, article_key, embedding <=> $1::vector AS distance FROM citebot_passages
         WHERE embedding IS NOT NULL ORDER BY embedding <=> $1::vector LIMIT $3 * ${SLACK}) c
       JOIN citebot_build_articles b ON b.article_key = c.article_key AND b.build_id = $2
       ORDER BY c.distance, c.id LIMIT $3`,
      [pgvector.toSql(Array.from(query)), this.buildId, k],
    );
  }

  lexical(terms: readonly string[], k: number): Promise<SearchCandidate[]> {
    if (terms.length === 0 || k <= 0) return Promise.resolve([]);
    const table = this.termsTable;
    if (table !== null) {
      // The terms table holds this build's passages only, so nothing filters by build here.
      // pg_textsearch scores are negated BM25 (lower is better, 0 for no match).
      return this.run(
        `SELECT c.id, c.score FROM (
           SELECT passage_id AS id, -(terms <@> to_bm25query($1, '${bm25IndexOf(table)}')) AS score FROM ${table}
           ORDER BY terms <@> to_bm25query($1, '${bm25IndexOf(table)}') LIMIT $2) c
         WHERE c.score > 0 ORDER BY c.score DESC, c.id`,
        [[...new Set(terms)].join(' '), k],
      );
    }
    const sql = `SELECT p.passage_id AS id, ts_rank(to_tsvector('simple', p.terms), q) AS score
           FROM citebot_passages p JOIN citebot_build_articles b ON b.article_key = p.article_key AND b.build_id = $2,
             websearch_to_tsquery('simple', $1) q
           WHERE to_tsvector('simple', p.terms) @@ q ORDER BY score DESC, id LIMIT $3`;
    // The terms come from tokenize; joined with "or", any of them may match, as in BM25.
    return this.run(sql, [[...new Set(terms)].join(' or '), this.buildId, k]);
  }

  async vectors(ids: readonly string[]): Promise<Map<string, Float32Array>> {
    const rows = await this.rows<{ id: string; embedding: string }>(
      `SELECT p.passage_id AS id, p.embedding::text AS embedding FROM citebot_passages p
       JOIN citebot_build_articles b ON b.article_key = p.article_key AND b.build_id = $2
       WHERE p.passage_id = ANY($1::text[]) AND p.embedding IS NOT NULL`,
      [ids, this.buildId],
    );
    return new Map(rows.map((r) => [r.id, Float32Array.from(pgvector.fromSql(r.embedding) as number[])]));
  }

  private async run(sql: string, params: unknown[]): Promise<SearchCandidate[]> {
    const rows = await this.rows<{ id: string; score: number | string }>(sql, params);
    return rows.map((r) => ({ id: r.id, score: Number(r.score) }));
  }

  private async rows<T extends object>(sql: string, params: unknown[]): Promise<T[]> {
    try {
      return (await this.db.pool.query<T & import('pg').QueryResultRow>(sql, params)).rows;
    } catch (error) {
      throw isConnectionError(error) ? tryAgainShortly(error) : error;
    }
  }
}
