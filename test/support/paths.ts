import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. Tests read only files inside it. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const SEED_CORPUS = path.join(ROOT, 'corpus');
/** The project's own labelled questions (reworded, plus off-topic ones). */
export const DEV_QA = path.join(ROOT, 'eval/dev-reworded.jsonl');
