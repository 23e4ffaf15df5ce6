/** Child processes of the scale benchmark: a built program run to its end, or kept running, and their resident memory. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths.js';

/** The compiled entry `rel` (e.g. `scripts/build-index`): the benchmark always runs compiled, as `npm run` does. */
export const compiledEntry = (rel: string) => path.join(REPO_ROOT, 'dist', `${rel}.js`);

/** Runs a compiled program to its end; rejects with its stderr's tail when it fails. Resolves with its wall time in ms. */
export async function runToEnd(rel: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [compiledEntry(rel), ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (c) => resolve(c));
  });
  if (code !== 0) throw new Error(`${rel} ${args.join(' ')} exited with ${code}: ${stderr.trim()}`);
  return performance.now() - start;
}

/** A long-running compiled program; `firstLine` resolves with the first line it prints on stdout. */
export function startProgram(
  rel: string,
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; firstLine: Promise<string>; stop(): Promise<void> } {
  const child = spawn(process.execPath, [compiledEntry(rel)], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  const firstLine = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!.trim());
    });
    void exited.then((c) => reject(new Error(`${rel} exited with ${c} before it was ready: ${stderr.trim()}`)));
  });
  firstLine.catch(() => {});
  return {
    child,
    firstLine,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resident and peak resident memory of a process in MiB, from /proc (Linux); null elsewhere or once it has gone. */
export function memoryOf(pid: number): { rssMiB: number; peakMiB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'mu').exec(status)?.[1] ?? Number.NaN);
    return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Ids of the processes whose parent is `pid` (the shard processes of a ShardingManager), from /proc. */
export function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the parent id is the second field after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}
