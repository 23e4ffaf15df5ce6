import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type Database } from '../../src/index/postgres/database.js';
import { dropSchema } from '../../src/index/postgres/schema.js';
import { startTestPostgres, testPostgresAvailable, type TestPostgres } from '../../src/testing/postgres-engine.js';

/** Whether the PGlite engine packages are installed; Postgres tests skip, saying so, when they are not. */
export const HAVE_PGLITE = await testPostgresAvailable();
if (!HAVE_PGLITE) console.warn('Postgres backend tests skipped: @electric-sql/pglite and its extension packages are not installed.');

/**
 * One engine for a test file (starting one takes a couple of seconds), a pool of one connection
 * to it (PGlite runs one query at a time), and a way to empty citebot's tables between tests.
 */
export function usePostgres(options: { bm25?: boolean } = {}) {
  const handle = {} as { engine: TestPostgres; db: Database; reset(): Promise<void> };
  beforeAll(async () => {
    if (!HAVE_PGLITE) return;
    handle.engine = await startTestPostgres(options);
    handle.db = openDatabase(handle.engine.url, { max: 1 });
    handle.reset = async () => {
      await dropSchema(handle.db);
      await handle.db.pool.query('DROP TABLE IF EXISTS citebot_build_lock');
    };
  }, 30_000);
  afterAll(async () => {
    await handle.db?.close();
    await handle.engine?.close();
  });
  return handle;
}
