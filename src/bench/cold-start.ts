/**
 * Cold start of the ask CLI: a new process answering one question from a built index, run as
 * the compiled program (what `npm run ask` starts) and from the sources through tsx, next to the
 * model's own load time and Node's start-up, all in the same run.
 */
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT, runChild } from './paths.js';
import { summarize } from './stats.js';
import type { ColdStartResult } from './types.js';

/** The command lines timed, relative to the repository; npm's own start-up is left out of all of them. */
const COMMANDS = {
  compiled: ['--import', './scripts/fresh.mjs', path.join('dist', 'scripts', 'ask.js')],
  tsx: [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), path.join('scripts', 'ask.ts')],
  emptyNode: [path.join('dist', 'src', 'bench', 'noop.js')],
};

/** Wall time of `node <args>` until it exits; rejects on a non-zero exit. */
function timeNode(args: string[], env: Record<string, string>): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // The child needs the parent's environment (PATH, HOME); this is not configuration reading.
    // eslint-disable-next-line no-restricted-properties
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (code === 0) resolve({ ms, stdout });
      else reject(new Error(`node ${args.join(' ')} exited with ${code}: ${stderr.slice(-500)}`));
    });
  });
}

/** Runs in a bench child (task `model-load`): imports the embedder and loads USE-Lite until its first vector. */
export async function runModelLoad(): Promise<{ ms: number }> {
  const t0 = performance.now();
  const { UseLiteEmbedder } = await import('../embed/use-lite.js');
  await new UseLiteEmbedder().embed(['How long does the model take to load?']);
  return { ms: performance.now() - t0 };
}

/** Times `reps` cold starts of each kind, interleaved so that a change in machine load hits all alike. */
export async function benchColdStart(
  env: Record<string, string>,
  questions: readonly string[],
  reps: number,
  workDir: string,
): Promise<ColdStartResult> {
  // Bring dist/ up to date first, so no timed run pays for a recompile.
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'fresh.mjs')], { cwd: REPO_ROOT, stdio: 'inherit' });
  const samples = { compiled: [] as number[], tsx: [] as number[], modelLoad: [] as number[], emptyNode: [] as number[] };
  for (let r = 0; r < reps; r++) {
    const q = questions[r % questions.length]!;
    for (const kind of ['compiled', 'tsx'] as const) {
      const run = await timeNode([...COMMANDS[kind], q, '--json'], env);
      JSON.parse(run.stdout); // it must have answered
      samples[kind].push(run.ms);
    }
    samples.modelLoad.push((await runChild<{ ms: number }>('model-load', {}, workDir)).ms);
    samples.emptyNode.push((await timeNode(COMMANDS.emptyNode, {})).ms);
  }
  return {
    compiled: summarize(samples.compiled),
    tsx: summarize(samples.tsx),
    modelLoad: summarize(samples.modelLoad),
    emptyNode: summarize(samples.emptyNode),
  };
}
