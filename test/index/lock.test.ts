import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock, LOCK_STALE_MS } from '../../src/index/lock.js';
import { ROOT } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const lockDir = (indexDir: string) => path.join(indexDir, '.build.lock');

/** A lock folder as a build killed with -9 leaves it: its heartbeat stopped `ageMs` ago. */
function abandonedLock(indexDir: string, ageMs = LOCK_STALE_MS + 5_000): void {
  mkdirSync(lockDir(indexDir), { recursive: true });
  const then = new Date(Date.now() - ageMs);
  utimesSync(lockDir(indexDir), then, then);
}

describe('acquireBuildLock', () => {
  it('creates the index folder and its lock folder, and removes the lock on release', () => {
    const indexDir = path.join(tempDir(), 'new', 'index');
    const lock = acquireBuildLock(indexDir);
    expect(statSync(lockDir(indexDir)).isDirectory()).toBe(true);
    lock.release();
    expect(existsSync(lockDir(indexDir))).toBe(false);
    acquireBuildLock(indexDir).release();
  });

  it('refuses with INDEX_LOCKED while a build holds the lock, and leaves that lock alone', () => {
    const indexDir = tempDir();
    const holder = acquireBuildLock(indexDir);
    expect(() => acquireBuildLock(indexDir)).toThrow(
      expect.objectContaining({ code: 'INDEX_LOCKED', message: expect.stringContaining('Another build is writing') }),
    );
    expect(() => holder.assertHeld()).not.toThrow();
    holder.release();
  });

  it('takes over a lock whose heartbeat stopped (a killed build)', () => {
    const indexDir = tempDir();
    abandonedLock(indexDir);
    const lock = acquireBuildLock(indexDir);
    expect(Date.now() - statSync(lockDir(indexDir)).mtimeMs).toBeLessThan(LOCK_STALE_MS);
    lock.release();
  });

  it('refuses a lock folder whose heartbeat is recent', () => {
    const indexDir = tempDir();
    abandonedLock(indexDir, 1_000);
    expect(() => acquireBuildLock(indexDir)).toThrow(expect.objectContaining({ code: 'INDEX_LOCKED' }));
  });

  it('takes over an old pid lock file, even one naming a live unrelated process such as pid 1', () => {
    for (const content of ['1', String(process.pid), '']) {
      const indexDir = tempDir();
      writeFileSync(lockDir(indexDir), content);
      const lock = acquireBuildLock(indexDir);
      expect(statSync(lockDir(indexDir)).isDirectory()).toBe(true);
      lock.release();
    }
  });

  it.each([
    ['a plain file', (dir: string) => (writeFileSync(path.join(dir, 'file'), 'x'), path.join(dir, 'file'))],
    ['a path under a file', (dir: string) => (writeFileSync(path.join(dir, 'file'), 'x'), path.join(dir, 'file', 'index'))],
    ['/dev/null', () => '/dev/null'],
  ])('refuses an index folder that is %s with FS_ERROR naming it', (_name, make) => {
    const indexDir = make(tempDir());
    let thrown: unknown;
    try {
      acquireBuildLock(indexDir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'FS_ERROR', message: expect.stringContaining(indexDir.split('/index')[0]!) });
    expect((thrown as { hint: string }).hint).toContain('INDEX_DIR');
  });
});

/**
 * One racer: in each time slot it tries for the lock; the winner proves it is alone by creating
 * `holding` exclusively, keeps it briefly, then leaves an abandoned lock behind (as a build killed
 * with -9 would), so every slot starts with a stale lock for all racers to take over at once.
 */
const RACER = `
import { mkdirSync, rmSync, utimesSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
const { acquireBuildLock } = await import(process.argv[2]);
const [indexDir, start, slot, slots] = [process.argv[3], Number(process.argv[4]), Number(process.argv[5]), Number(process.argv[6])];
const log = path.join(indexDir, '..', 'log');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
for (let i = 0; i < slots; i++) {
  await sleep(Math.max(0, start + i * slot - Date.now()));
  let lock;
  try { lock = acquireBuildLock(indexDir, { staleMs: 2000 }); } catch (e) { if (e.code !== 'INDEX_LOCKED') throw e; continue; }
  try { writeFileSync(path.join(indexDir, '..', 'holding'), String(process.pid), { flag: 'wx' }); }
  catch { appendFileSync(log, 'overlap\\n'); lock.release(); continue; }
  appendFileSync(log, 'held\\n');
  await sleep(20);
  rmSync(path.join(indexDir, '..', 'holding'));
  lock.release();
  // Plant an abandoned lock for the next slot, unless another racer took the lock meanwhile (a busy machine).
  try { mkdirSync(path.join(indexDir, '.build.lock')); } catch (e) { if (e.code !== 'EEXIST') throw e; continue; }
  utimesSync(path.join(indexDir, '.build.lock'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
}
`;

describe('acquireBuildLock across processes', () => {
  it('never lets two processes hold the lock together when they all take over a stale lock at once', async () => {
    const dir = tempDir();
    const indexDir = path.join(dir, 'index');
    mkdirSync(indexDir);
    abandonedLock(indexDir);
    const script = path.join(dir, 'racer.mjs');
    writeFileSync(script, RACER);
    const [racers, slots, slot] = [4, 25, 120];
    const start = Date.now() + 1_500; // after every racer has started
    const lockModule = pathToFileURL(path.join(ROOT, 'dist/src/index/lock.js')).href;
    const exits = Array.from({ length: racers }, () => {
      const child = spawn(process.execPath, [script, lockModule, indexDir, String(start), String(slot), String(slots)], {
        stdio: 'inherit',
      });
      return new Promise<number | null>((resolve) => child.on('exit', resolve));
    });
    expect(await Promise.all(exits)).toEqual(Array(racers).fill(0));
    const log = readFileSync(path.join(dir, 'log'), 'utf8').split('\n').filter(Boolean);
    expect(log.filter((l) => l === 'overlap')).toEqual([]);
    // Most slots see a take-over (a slot can be missed when the machine is busy).
    expect(log.filter((l) => l === 'held').length).toBeGreaterThan(slots / 2);
  });
});
