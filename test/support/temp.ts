import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** Rewrites the article of a corpus copy whose file name starts with `prefix` (as `004` for the fourth seed article). */
export function editArticle(corpus: string, prefix: string, edit: (text: string) => string): void {
  const file = path.join(
    corpus,
    readdirSync(corpus).find((f) => f.startsWith(prefix))!,
  );
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}
