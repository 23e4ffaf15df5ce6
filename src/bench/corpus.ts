import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cleanArticle } from '../corpus/clean.js';
import { loadCorpus } from '../corpus/load.js';
import { chunkArticle } from '../text/chunk.js';

/** Indices of `n` lines spread evenly over `total` (so a slice mixes every category). */
export function evenlySpaced(total: number, n: number): number[] {
  if (n >= total) return Array.from({ length: total }, (_, i) => i);
  return Array.from({ length: n }, (_, i) => Math.floor((i * total) / n));
}

/** Writes `n` evenly spaced records of a .jsonl corpus to `dir/<name>.jsonl`; returns the folder. */
export function writeSlice(sourceFile: string, n: number, dir: string, name: string): string {
  const lines = readFileSync(sourceFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  mkdirSync(dir, { recursive: true });
  const picked = evenlySpaced(lines.length, n).map((i) => lines[i]!);
  writeFileSync(path.join(dir, `${name}.jsonl`), `${picked.join('\n')}\n`);
  return dir;
}

/** Article and passage counts of a corpus as the index builder would see them. */
export async function passagesOf(corpusPath: string): Promise<{ articles: number; texts: string[] }> {
  const { articles } = await loadCorpus(corpusPath);
  const texts = articles.flatMap((raw) => {
    const a = cleanArticle(raw);
    return chunkArticle(a.id, a.text).map((p) => p.text);
  });
  return { articles: articles.length, texts };
}
