import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The external data sets that evaluation, calibration and the benchmarks can use. They are not
 * ours to redistribute, so the repository never holds or names a copy: they come from a folder
 * the user supplies (`DATA_DIR`, or a flag), in the layout below.
 */
export const DATA_SETS = {
  bbc: { name: 'BBC News (2,225 articles)', file: 'bbc-news/bbc-news.jsonl' },
  realtimeqaQuestions: { name: 'RealTime QA questions', file: 'realtimeqa/realtimeqa-qa.jsonl' },
  realtimeqaArticles: { name: 'RealTime QA articles', file: 'realtimeqa/realtimeqa-articles.jsonl' },
  reuters: { name: 'Reuters-21578', file: 'reuters21578/reuters21578.jsonl' },
} as const;

/** One of {@link DATA_SETS}. */
export type DataSetKey = keyof typeof DATA_SETS;

/** Where a data set was found, or a sentence saying what to supply instead. */
export type DataSetLocation = { found: true; file: string } | { found: false; reason: string };

/**
 * Finds a data set: `explicitFile` (a flag naming the file itself) wins over `dataDir` (the
 * folder in the documented layout, from config or a flag). `flag` is the caller's flag as
 * written in its usage (e.g. `--data-dir DIR`), so the reason says exactly what to pass.
 */
export function locateDataSet(key: DataSetKey, where: { dataDir?: string; explicitFile?: string; flag: string }): DataSetLocation {
  const { name, file } = DATA_SETS[key];
  if (where.explicitFile !== undefined) {
    const explicit = path.resolve(where.explicitFile);
    return existsSync(explicit) ? { found: true, file: explicit } : { found: false, reason: `${name}: ${explicit} does not exist (given with ${where.flag})` };
  }
  if (where.dataDir === undefined) {
    return { found: false, reason: `${name} not supplied: set DATA_DIR to a folder holding ${file}, or pass ${where.flag}` };
  }
  const inDir = path.join(where.dataDir, file);
  return existsSync(inDir)
    ? { found: true, file: inDir }
    : { found: false, reason: `${name} not found: ${inDir} does not exist (set DATA_DIR to a folder holding ${file}, or pass ${where.flag})` };
}
