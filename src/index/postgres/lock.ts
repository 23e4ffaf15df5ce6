import { randomUUID } from 'node:crypto';
import { CitebotError } from '../../errors.js';
import { LOCK_STALE_MS, type BuildLock } from '../lock.js';
import type { Database } from './database.js';

/**
 * The database's build lock: one row with its holder and an expiry that a heartbeat pushes
 * forward. A second build is refused with INDEX_LOCKED, as with files; a build that died is
 * taken over once its row has expired. A row rather than an advisory lock, so that it also holds
 * through connection poolers and outlives a dropped connection no longer than the expiry.
 * The table is never dropped with the others, so `--rebuild` keeps it.
 */
export async function acquireDatabaseLock(db: Database, staleMs = LOCK_STALE_MS): Promise<BuildLock & { releaseAsync(): Promise<void> }> {
  const holder = randomUUID();
  await db.pool.query(
    'CREATE TABLE IF NOT EXISTS citebot_build_lock (id int PRIMARY KEY CHECK (id = 1), holder text NOT NULL, expires_at timestamptz NOT NULL)',
  );
  const taken = await db.pool.query(
    `INSERT INTO citebot_build_lock (id, holder, expires_at) VALUES (1, $1, now() + $2 * interval '1 millisecond')
     ON CONFLICT (id) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at WHERE citebot_build_lock.expires_at < now()`,
    [holder, staleMs],
  );
  if (taken.rowCount !== 1) {
    throw new CitebotError('INDEX_LOCKED', `Another build is writing the search database at DATABASE_URL (${db.where}).`, {
      hint: `Wait for it to finish, then try again. If no build is running, its lock is taken over ${staleMs / 1000} s after its last heartbeat.`,
    });
  }
  let lost = false;
  let released = false;
  const heartbeat = setInterval(() => {
    db.pool
      .query(`UPDATE citebot_build_lock SET expires_at = now() + $2 * interval '1 millisecond' WHERE holder = $1`, [holder, staleMs])
      .then((r) => (lost ||= r.rowCount !== 1))
      .catch(() => {}); // A missed beat is retried; only an expired and taken row counts as lost.
  }, staleMs / 4);
  heartbeat.unref();
  const releaseAsync = async () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    await db.pool.query('DELETE FROM citebot_build_lock WHERE holder = $1', [holder]).catch(() => {});
  };
  return {
    release: () => void releaseAsync(),
    releaseAsync,
    assertHeld: () => {
      if (!lost) return;
      throw new CitebotError(
        'INDEX_LOCKED',
        `The build lost its lock on the search database (${db.where}): it stalled, and another build took over.`,
        {
          hint: 'Nothing was switched. Run the build again once the other one has finished.',
        },
      );
    },
  };
}
