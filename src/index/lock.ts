import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { CitebotError } from '../errors.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Takes the index directory's build lock, so two builds never interleave. A lock left by a
 * process that no longer runs is taken over. Returns the release function.
 */
export function acquireBuildLock(indexDir: string): () => void {
  mkdirSync(indexDir, { recursive: true });
  const file = path.join(indexDir, '.build.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isFinite(holder) && holder !== process.pid && alive(holder)) {
        throw new CitebotError('INDEX_LOCKED', `Another build (process ${holder}) is writing the index at ${indexDir}.`, {
          hint: 'Wait for it to finish, then try again.',
        });
      }
      rmSync(file, { force: true });
    }
  }
  throw new CitebotError('INDEX_LOCKED', `Could not take the build lock at ${file}.`, { hint: 'Remove the file if no build is running.' });
}
