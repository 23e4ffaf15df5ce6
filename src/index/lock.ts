import * as fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { CitebotError } from '../errors.js';
import { guardFs } from './fs-errors.js';

/**
 * A lock whose heartbeat (its folder's mtime, refreshed every few seconds) stopped this long ago
 * belongs to a build that died, whatever pid it may once have named, and is taken over. Long
 * enough that a build's synchronous steps (HNSW construction, hashing) never let it lapse.
 */
export const LOCK_STALE_MS = 30_000;

/** The build lock of one index folder, as {@link acquireBuildLock} hands it out. */
export interface BuildLock {
  /** Gives the lock up; safe to call more than once. */
  release(): void;
  /** Throws INDEX_LOCKED if the lock was lost (its heartbeat lapsed and another build took it over). */
  assertHeld(): void;
}

const lockedError = () => Object.assign(new Error('Lock file is already being held'), { code: 'ELOCKED' });

/**
 * Removes a stale lock folder so that no two takers can both succeed. proper-lockfile alone
 * checks staleness, then removes: a second taker that saw the same stale lock could remove the
 * first taker's fresh one. Here a taker must first create a marker named after the stale folder's
 * inode (mkdir is atomic, so one taker per stale lock), then check again that the folder is that
 * same stale one before removing it.
 */
function removeStale(lockDir: string, staleMs: number): void {
  const seen = fs.statSync(lockDir);
  const marker = `${lockDir}.takeover-${seen.ino}`;
  try {
    fs.mkdirSync(marker);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A taker killed in the middle of its take-over leaves its marker: clear it once it is stale too.
    if (fs.statSync(marker).mtimeMs < Date.now() - staleMs) fs.rmSync(marker, { recursive: true, force: true });
    throw lockedError();
  }
  try {
    const now = fs.statSync(lockDir);
    if (now.ino !== seen.ino || now.mtimeMs >= Date.now() - staleMs) throw lockedError();
    fs.rmdirSync(lockDir);
  } finally {
    fs.rmdirSync(marker);
  }
}

/** Versions before the lock folder wrote a pid file under the same name; it proves nothing, so it goes. */
function removeLegacyPidFile(lockDir: string): void {
  try {
    if (fs.lstatSync(lockDir).isFile()) fs.unlinkSync(lockDir);
  } catch (error) {
    // Gone already, or another taker replaced it with a lock folder meanwhile (unlink never removes one).
    if (!['ENOENT', 'EISDIR', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}

/**
 * Takes the index folder's build lock, so two builds never write it at once. The lock is the
 * folder `.build.lock`, made with an atomic mkdir and kept fresh by a heartbeat (proper-lockfile);
 * a lock whose heartbeat stopped {@link LOCK_STALE_MS} ago is taken over. A running build refuses
 * with INDEX_LOCKED. Filesystem failures (the folder is a file, not writable...) are FS_ERROR.
 */
export function acquireBuildLock(indexDir: string, options: { staleMs?: number } = {}): BuildLock {
  const stale = options.staleMs ?? LOCK_STALE_MS;
  const lockDir = path.join(indexDir, '.build.lock');
  let held = false;
  let released = false;
  let lost: unknown;
  // proper-lockfile removes a lock folder both to take a stale one over and to release its own.
  const lockFs = { ...fs, rmdirSync: (dir: fs.PathLike) => (held ? fs.rmdirSync(dir) : removeStale(lockDir, stale)) };
  const release = guardFs(lockDir, () => {
    fs.mkdirSync(indexDir, { recursive: true });
    removeLegacyPidFile(lockDir);
    try {
      return lockfile.lockSync(indexDir, {
        lockfilePath: lockDir,
        realpath: false,
        stale,
        update: stale / 4,
        fs: lockFs,
        onCompromised: (error) => (lost = error),
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      throw new CitebotError('INDEX_LOCKED', `Another build is writing the index at ${indexDir}.`, {
        hint: `Wait for it to finish, then try again. If no build is running, its lock (${lockDir}) is taken over once it is ${stale / 1000} s old.`,
      });
    }
  });
  held = true;
  return {
    release: () => {
      if (lost !== undefined || released) return;
      released = true;
      guardFs(lockDir, () => release());
    },
    assertHeld: () => {
      if (lost === undefined) return;
      throw new CitebotError('INDEX_LOCKED', `The build lost its lock on ${indexDir}: it stalled, and another build took over.`, {
        hint: 'Nothing was replaced. Run the build again once the other one has finished.',
        cause: lost,
      });
    },
  };
}
