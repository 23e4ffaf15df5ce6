import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireBuildLock } from '../../src/index/lock.js';
import { tempDir } from '../support/temp.js';

const lockFile = (indexDir: string) => path.join(indexDir, '.build.lock');

/** A pid that ran and has exited: a child process that was waited for. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  return pid!;
}

const children: { kill(): boolean }[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

/** A live process other than this one, killed after the test. */
function livePid(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

describe('acquireBuildLock', () => {
  it('creates the index folder and a lock file holding this process id', () => {
    const indexDir = path.join(tempDir(), 'new', 'index');
    const release = acquireBuildLock(indexDir);
    expect(readFileSync(lockFile(indexDir), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('removes the lock file on release, so the next build can take it', () => {
    const indexDir = tempDir();
    acquireBuildLock(indexDir)();
    expect(existsSync(lockFile(indexDir))).toBe(false);
    const again = acquireBuildLock(indexDir);
    expect(existsSync(lockFile(indexDir))).toBe(true);
    again();
  });

  it('refuses with INDEX_LOCKED, naming the holder, while a live process holds the lock', () => {
    const indexDir = tempDir();
    const holder = livePid();
    writeFileSync(lockFile(indexDir), String(holder));
    expect(() => acquireBuildLock(indexDir)).toThrow(
      expect.objectContaining({ code: 'INDEX_LOCKED', message: expect.stringContaining(`process ${holder}`) }),
    );
    expect(readFileSync(lockFile(indexDir), 'utf8')).toBe(String(holder));
  });

  it('takes over a lock whose process no longer runs', () => {
    const indexDir = tempDir();
    writeFileSync(lockFile(indexDir), String(deadPid()));
    const release = acquireBuildLock(indexDir);
    expect(readFileSync(lockFile(indexDir), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('takes over a lock file with no readable pid in it', () => {
    const indexDir = tempDir();
    writeFileSync(lockFile(indexDir), '');
    const release = acquireBuildLock(indexDir);
    expect(readFileSync(lockFile(indexDir), 'utf8')).toBe(String(process.pid));
    release();
  });
});
