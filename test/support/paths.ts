import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The read-only shared folder that sits beside the repository (here and in CI). */
export const SHARED = process.env.CITEBOT_SHARED ?? path.resolve(ROOT, '../shared');

export const SEED_CORPUS = path.join(ROOT, 'corpus');
export const PUBLIC_QA = path.join(SHARED, 'eval/qa-public.jsonl');
