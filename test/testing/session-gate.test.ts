import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startTestPostgres } from '../../src/testing/postgres-engine.js';
import { HAVE_PGLITE } from '../support/postgres.js';

describe.skipIf(!HAVE_PGLITE)('the test engine behind its session gate', () => {
  it('runs a large statement whole while another connection queries, and keeps a transaction to its own connection', async () => {
    const engine = await startTestPostgres({ bm25: false });
    const [a, b] = [new pg.Client(engine.url), new pg.Client(engine.url)];
    try {
      await Promise.all([a.connect(), b.connect()]);
      await a.query('CREATE TABLE t (n int)');
      // Megabytes arrive in many TCP reads: without the gate, b's statements ran between a's Parse and Bind.
      const big = a.query('SELECT length($1::text) AS n, $2::int + $3::int AS s', ['x'.repeat(16 << 20), 1, 2]);
      const small = Array.from({ length: 20 }, (_, i) => b.query('SELECT $1::int AS i', [i]));
      expect((await big).rows).toEqual([{ n: 16 << 20, s: 3 }]);
      expect((await Promise.all(small)).map((r) => r.rows[0].i)).toEqual(Array.from({ length: 20 }, (_, i) => i));

      await a.query('BEGIN');
      await a.query('INSERT INTO t VALUES (1)');
      const outside = b.query('SELECT count(*)::int AS n FROM t'); // waits for a's transaction to end
      await a.query('ROLLBACK');
      expect((await outside).rows).toEqual([{ n: 0 }]);
    } finally {
      await Promise.all([a.end(), b.end()]);
      await engine.close();
    }
  }, 30_000);
});
