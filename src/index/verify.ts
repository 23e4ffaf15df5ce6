import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fingerprint } from './files.js';
import { corrupt, type Manifest } from './manifest.js';

/** What a build records of one of its files (the manifest's `files` entries). */
export type FileRecord = Manifest['files'][string];

/** Modification time in nanoseconds, as a string (exact; a double loses the last digits). */
const mtimeNs = (file: string) => statSync(file, { bigint: true }).mtimeNs.toString();

/** The record of a file just written and flushed: size, sha256, and its modification time. */
export function recordFile(file: string): FileRecord {
  return { ...fingerprint(file), mtimeNs: mtimeNs(file) };
}

/**
 * Checks a build's files against its manifest before they are used, doing the least work that
 * still catches what can happen to them:
 *
 * - Every load checks that each file exists and has its recorded size (a stat each). A build's
 *   files are flushed before its folder is renamed and CURRENT switched, so a crash cannot tear
 *   them; what does (a full disk while copying an index, a hand edit, a truncation) changes sizes.
 * - The sha256 of a file is computed only when its modification time is not the one the build
 *   recorded: any write through the filesystem (an edit, a copy that does not keep times, a
 *   restore) changes it, and then the file is hashed in full. Hashing every file on every load
 *   cost 0.2-0.45 s at 11k passages and would catch only what no write made: bytes altered
 *   with the time put back by hand (whoever can do that can rewrite the manifest's hashes too,
 *   since they sit in the same folder) or decay on the disk below the filesystem.
 * - Builds that recorded no time (written before this check) are hashed in full, as before.
 *
 * JSON parsing, the graph loader and the lexical index's own counts check structure after this.
 */
export function verifyFiles(indexDir: string, dir: string, files: Manifest['files']): void {
  for (const [name, expected] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (!existsSync(file)) throw corrupt(indexDir, `${name} is missing`);
    const bytes = statSync(file).size;
    if (bytes === expected.bytes && expected.mtimeNs !== undefined && mtimeNs(file) === expected.mtimeNs) continue;
    const actual = bytes === expected.bytes ? fingerprint(file) : { bytes, sha256: '' };
    if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) {
      throw corrupt(indexDir, `${name} is truncated or altered (${actual.bytes} bytes, expected ${expected.bytes})`);
    }
  }
}
