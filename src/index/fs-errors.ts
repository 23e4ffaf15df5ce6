import path from 'node:path';
import { CitebotError, isCitebotError } from '../errors.js';

/** A failed system call as Node reports it: an errno code, the call, and the path it was given. */
type SystemError = Error & { code: string; syscall: string; path?: string; dest?: string };

function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as SystemError).code === 'string' && typeof (error as SystemError).syscall === 'string';
}

const SETTINGS = 'Check INDEX_DIR (and the cache folder, if set elsewhere).';

/** What went wrong and what to do, per errno: the person running citebot can fix each of these. */
function explain(code: string, file: string): { what: string; hint: string } {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return {
        what: `citebot may not write or read ${file} (${code}).`,
        hint: `Give the user running citebot write access to ${path.dirname(file)}, or point INDEX_DIR at a folder it can write.`,
      };
    case 'EEXIST':
    case 'ENOTDIR':
      return {
        what: `${file} cannot be used as a folder: it, or something above it, exists and is not a folder (${code}).`,
        hint: 'Point INDEX_DIR (or the cache folder) at a folder, or at a path that does not exist yet.',
      };
    case 'EISDIR':
      return {
        what: `${file} is a folder where citebot keeps a file (${code}).`,
        hint: 'Move that folder away; `npm run index` then writes the file anew.',
      };
    case 'ENOSPC':
    case 'EDQUOT':
      return { what: `There is no space left to write ${file} (${code}).`, hint: 'Free some disk space, then run `npm run index` again.' };
    case 'EMFILE':
    case 'ENFILE':
      return {
        what: `Too many files are open to open ${file} (${code}).`,
        hint: 'Raise the open-file limit (ulimit -n), or close other programs.',
      };
    case 'ENAMETOOLONG':
    case 'ELOOP':
      return { what: `The path ${file} cannot be resolved (${code}).`, hint: `Use a shorter path without symlink loops. ${SETTINGS}` };
    default:
      return {
        what: `A file operation on ${file} failed (${code}).`,
        hint: `Check that the disk is healthy and the path is usable. ${SETTINGS}`,
      };
  }
}

/**
 * The one place that turns a filesystem failure of the index (its folder, builds, cache, lock or
 * CURRENT pointer) into a {@link CitebotError} naming the path and the fix. Anything that is not
 * a system error is returned as it is: a CitebotError already explains itself, and others are bugs.
 */
export function fsFailure(error: unknown, where: string): unknown {
  if (isCitebotError(error) || !isSystemError(error)) return error;
  const file = error.path ?? where;
  const { what, hint } = explain(error.code, file);
  return new CitebotError('FS_ERROR', what, { hint, cause: error });
}

/** Runs `work`, turning its filesystem failures into CitebotErrors (see {@link fsFailure}). */
export function guardFs<T>(where: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw fsFailure(error, where);
  }
}

/** {@link guardFs} for asynchronous work. */
export async function guardFsAsync<T>(where: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw fsFailure(error, where);
  }
}
