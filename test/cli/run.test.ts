import { parseArgs } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/run.js';

async function run(main: () => Promise<number | void>): Promise<{ code: number | undefined; err: string }> {
  let err = '';
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  runCli(main);
  await new Promise((resolve) => setImmediate(resolve));
  write.mockRestore();
  const code = process.exitCode === undefined ? undefined : Number(process.exitCode);
  process.exitCode = undefined;
  return { code, err };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('runCli', () => {
  it('answers a mistyped option with a usage line and exit code 2, not a stack trace', async () => {
    const { code, err } = await run(async () => {
      parseArgs({ args: ['--help'], options: { qa: { type: 'string' } } });
    });
    expect(code).toBe(2);
    expect(err).toMatch(/Unknown option '--help'/);
    expect(err).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('prints the stack of a real bug and exits 1', async () => {
    const { code, err } = await run(async () => {
      throw new TypeError('boom');
    });
    expect(code).toBe(1);
    expect(err).toMatch(/a bug, please report it/);
    expect(err).toMatch(/TypeError: boom/);
  });
});
