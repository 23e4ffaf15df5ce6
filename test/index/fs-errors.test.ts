import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbeddingCache } from '../../src/index/embedding-cache.js';
import { fsFailure } from '../../src/index/fs-errors.js';
import { acquireBuildLock } from '../../src/index/lock.js';
import { tempDir } from '../support/temp.js';

/**
 * The suite runs as root, whom permissions never stop; so EACCES and ENOSPC are made to happen at
 * the module boundary: node:fs fails the one call named here, exactly as the kernel would report it.
 */
const failing = vi.hoisted(() => ({ call: '', path: '', code: '' }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const wrap =
    <A extends unknown[], R>(name: string, f: (...args: A) => R) =>
    (...args: A): R => {
      const target = String(args[0]);
      if (failing.call === name && target === failing.path) {
        throw Object.assign(new Error(`${failing.code}: failed, ${name} '${target}'`), { code: failing.code, syscall: name, path: target });
      }
      return f(...args);
    };
  const mocked = { ...real, mkdirSync: wrap('mkdir', real.mkdirSync), openSync: wrap('open', real.openSync) };
  return { ...mocked, default: mocked };
});

beforeEach(() => Object.assign(failing, { call: '', path: '', code: '' }));

describe('filesystem failures of the index', () => {
  it('turns EACCES on the build lock into FS_ERROR naming the lock and what to do', () => {
    const indexDir = tempDir();
    Object.assign(failing, { call: 'mkdir', path: path.join(indexDir, '.build.lock'), code: 'EACCES' });
    expect(() => acquireBuildLock(indexDir)).toThrow(
      expect.objectContaining({
        code: 'FS_ERROR',
        message: expect.stringContaining(path.join(indexDir, '.build.lock')),
        hint: expect.stringContaining(`write access to ${indexDir}`),
      }),
    );
  });

  it('turns EACCES on a read-only cache folder into FS_ERROR, and keeps nothing it could not save', () => {
    const file = path.join(tempDir(), 'cache', 'fake.vec');
    const cache = EmbeddingCache.open(file, 2);
    Object.assign(failing, { call: 'open', path: file, code: 'EACCES' });
    expect(() => cache.put([{ text: 'a', vector: new Float32Array([1, 0]) }])).toThrow(
      expect.objectContaining({ code: 'FS_ERROR', message: expect.stringContaining(file) }),
    );
    expect(cache.size).toBe(0);
  });

  it('says to free disk space on ENOSPC', () => {
    const error = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', syscall: 'write', path: '/idx/cache/x.vec' });
    expect(fsFailure(error, '/idx')).toMatchObject({
      code: 'FS_ERROR',
      message: expect.stringContaining('/idx/cache/x.vec'),
      hint: expect.stringMatching(/disk space/),
    });
  });

  it('names the folder it was working on when the system error carries no path', () => {
    const error = Object.assign(new Error('EIO'), { code: 'EIO', syscall: 'fsync' });
    expect(fsFailure(error, '/idx')).toMatchObject({ code: 'FS_ERROR', message: expect.stringContaining('/idx') });
  });

  it('leaves errors that are not system errors alone: those are bugs', () => {
    const bug = new TypeError('x is undefined');
    expect(fsFailure(bug, '/idx')).toBe(bug);
    const locked = Object.assign(new Error('held'), { code: 'ELOCKED' });
    expect(fsFailure(locked, '/idx')).toBe(locked);
  });
});
