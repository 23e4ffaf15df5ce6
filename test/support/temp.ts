import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { SEED_CORPUS } from './paths.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'citebot-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temporary copy of the seed corpus, safe to edit. */
export function seedCorpusCopy(): string {
  const dir = path.join(tempDir('citebot-corpus-'), 'corpus');
  cpSync(SEED_CORPUS, dir, { recursive: true });
  return dir;
}
