import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/** sha256 and size of a file, as recorded in the manifest. */
export function fingerprint(file: string): { sha256: string; bytes: number } {
  const data = readFileSync(file);
  return { sha256: createHash('sha256').update(data).digest('hex'), bytes: data.length };
}

/** Writes a file and flushes it to disk, so a crash cannot leave a renamed-but-empty file behind. */
export function writeDurable(file: string, data: string | Buffer): void {
  writeFileSync(file, data);
  flushFile(file);
}

/** Flushes a file someone else wrote (hnswlib writes the graph itself) to disk. */
export function flushFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Replaces `file` in one step: readers see the old content or the new, never a mix. */
export function replaceAtomically(file: string, data: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeDurable(temp, data);
  renameSync(temp, file);
}
