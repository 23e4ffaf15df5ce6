import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** True when this is the compiled dist/src/bench/paths.js, false from the sources (vitest, tsx). */
const COMPILED = import.meta.url.endsWith('.js');
/** The repository root (this file is src/bench/paths.ts, or dist/src/bench/paths.js). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), ...(COMPILED ? ['..', '..', '..'] : ['..', '..']));
/** Persistent, gitignored benchmark caches (embedding caches per corpus slice, question vectors). */
export const CACHE_DIR = path.join(REPO_ROOT, 'bench', 'cache');
export const RESULTS_DIR = path.join(REPO_ROOT, 'bench', 'results');
export const SEED_CORPUS = path.join(REPO_ROOT, 'corpus');
/** The project's own questions (reworded and off-topic); external data sets come from --data-dir / DATA_DIR. */
export const DEV_QA_FILE = path.join(REPO_ROOT, 'eval', 'dev-reworded.jsonl');

/** Parses a JSON Lines file, skipping blank lines. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/**
 * Runs `src/bench/child.ts <task>` (compiled: dist/src/bench/child.js) in a fresh Node process (own TensorFlow.js backend, own
 * memory accounting, --expose-gc) and returns the JSON it writes. The child's output goes to ours.
 */
export async function runChild<T>(task: string, params: unknown, workDir: string, timeoutMs = 3_600_000): Promise<T> {
  mkdirSync(workDir, { recursive: true });
  const stamp = `${task}-${process.pid}-${Date.now()}`;
  const input = path.join(workDir, `${stamp}.in.json`);
  const output = path.join(workDir, `${stamp}.out.json`);
  writeFileSync(input, JSON.stringify(params));
  const entry = COMPILED
    ? ['--expose-gc', path.join(REPO_ROOT, 'dist', 'src', 'bench', 'child.js')]
    : ['--expose-gc', '--import', 'tsx', path.join(REPO_ROOT, 'src', 'bench', 'child.ts')];
  const child = spawn(process.execPath, [...entry, task, input, output], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (c, signal) => resolve(signal ? -1 : c));
    });
    if (code !== 0) throw new Error(`bench child "${task}" exited with ${code}`);
    return JSON.parse(readFileSync(output, 'utf8')) as T;
  } finally {
    clearTimeout(timer);
    rmSync(input, { force: true });
    rmSync(output, { force: true });
  }
}

/** Progress lines go to stderr, so `--json` output on stdout stays clean. */
export function say(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}
