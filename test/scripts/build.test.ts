import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const run = promisify(execFile);

/** A miniature project: the real build scripts and tsconfig, a small src/, and the installed node_modules. */
function project(): { dir: string; write: (file: string, text: string) => void } {
  const dir = tempDir('citebot-build-');
  mkdirSync(path.join(dir, 'scripts'));
  for (const f of ['scripts/build.mjs', 'scripts/fresh.mjs', 'tsconfig.json']) copyFileSync(path.join(ROOT, f), path.join(dir, f));
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write('src/main.ts', "import { answer } from './answer.js';\nconst n: number = answer;\nprocess.stdout.write(`answer ${n}`);\n");
  write('src/answer.ts', 'export const answer: number = 41;\n');
  return { dir, write };
}

/** Runs a compiled entry point the way the npm scripts do. */
async function start(dir: string, entry: string) {
  const { stdout, stderr } = await run(process.execPath, ['--import', './scripts/fresh.mjs', entry], { cwd: dir });
  return { stdout, stderr };
}

describe('scripts/build.mjs and scripts/fresh.mjs', () => {
  it('compile a missing dist/ before the entry point loads, then start without recompiling', async () => {
    const { dir } = project();
    const first = await start(dir, 'dist/src/main.js');
    expect(first.stdout).toBe('answer 41');
    expect(first.stderr).toMatch(/recompiled 2 files to dist\//);
    const second = await start(dir, 'dist/src/main.js');
    expect(second).toEqual({ stdout: 'answer 41', stderr: '' });
  });

  it('recompile after a source changes, and remove the output of a deleted source', async () => {
    const { dir, write } = project();
    write('src/extra.ts', 'export const extra = 1;\n');
    await start(dir, 'dist/src/main.js');
    expect(existsSync(path.join(dir, 'dist/src/extra.js'))).toBe(true);

    write('src/answer.ts', 'export const answer: number = 42;\n');
    rmSync(path.join(dir, 'src/extra.ts'));
    const after = await start(dir, 'dist/src/main.js');
    expect(after.stdout).toBe('answer 42');
    expect(after.stderr).toMatch(/recompiled 2 files/);
    expect(existsSync(path.join(dir, 'dist/src/extra.js'))).toBe(false);
  });

  it('build on request even when nothing changed, one .js file per .ts file in the same layout', async () => {
    const { dir } = project();
    await run(process.execPath, ['scripts/build.mjs'], { cwd: dir });
    const { stdout } = await run(process.execPath, ['scripts/build.mjs'], { cwd: dir });
    expect(stdout).toMatch(/compiled 2 files to dist\//);
    for (const f of ['dist/src/main.js', 'dist/src/answer.js', 'dist/src/answer.js.map']) expect(existsSync(path.join(dir, f))).toBe(true);
  });
});
