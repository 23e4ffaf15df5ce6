import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusWarning } from './types.js';

/** A file to read, and its name relative to the corpus root as shown to users. */
export interface CorpusFile {
  absolute: string;
  /** Relative to the corpus root, with forward slashes on every platform. */
  relative: string;
}

/** Notes about a corpus folder rather than articles: skipped without a warning. */
const NOT_ARTICLES = /^(readme|license|licence|changelog|notice|contributing)(\.[^.]+)?$/iu;

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lists the files of a corpus: recursively, in code-point order of names (the same order on
 * every machine), following symbolic links but never the same folder twice. Hidden entries
 * (`.git`, `.DS_Store`) and README/LICENSE files are ignored; anything unreadable is reported
 * in `warnings`. A path to a single file lists just that file.
 */
export async function walkCorpus(root: string, warnings: CorpusWarning[]): Promise<CorpusFile[]> {
  const rootStat = await stat(root);
  if (!rootStat.isDirectory()) return [{ absolute: root, relative: path.basename(root) }];

  const files: CorpusFile[] = [];
  const visited = new Set<string>();
  const relativeOf = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');

  async function visit(dir: string): Promise<void> {
    let names: string[];
    try {
      const real = await realpath(dir);
      if (visited.has(real)) return; // A link back to a folder already walked.
      visited.add(real);
      names = (await readdir(dir)).sort(byName);
    } catch (error) {
      warnings.push({ file: relativeOf(dir) || '.', reason: `folder cannot be read (${(error as NodeJS.ErrnoException).code}), skipped` });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || NOT_ARTICLES.test(name)) continue;
      const absolute = path.join(dir, name);
      let info;
      try {
        info = await stat(absolute);
      } catch (error) {
        warnings.push({ file: relativeOf(absolute), reason: `cannot be read (${(error as NodeJS.ErrnoException).code}), skipped` });
        continue;
      }
      if (info.isDirectory()) await visit(absolute);
      else if (info.isFile()) files.push({ absolute, relative: relativeOf(absolute) });
      else warnings.push({ file: relativeOf(absolute), reason: 'not a regular file, skipped' });
    }
  }

  await visit(root);
  return files;
}
