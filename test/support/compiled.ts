import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.js';

/**
 * Vitest global setup: brings dist/ up to date once, before any test file starts, with the check
 * the npm scripts run, so test files that start the compiled program in parallel never find it
 * stale and rebuild it at the same time.
 */
export default function setup(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'fresh.mjs')], { stdio: 'inherit' });
}

/**
 * The command line of `npm run <name>` from package.json, runnable from any directory: `node`
 * becomes this Node binary and the files it names become absolute paths under the repository.
 */
export function npmScript(name: string): { command: string; args: string[] } {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [node, ...args] = scripts[name]!.split(' ');
  if (node !== 'node') throw new Error(`npm run ${name} does not start with node: ${scripts[name]}`);
  return { command: process.execPath, args: args.map((a) => (a.startsWith('-') ? a : path.join(ROOT, a))) };
}
