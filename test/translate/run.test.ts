import { describe, expect, it } from 'vitest';
import { runFiltered } from '../../src/translate/run.js';

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: { code?: string }) => e.code,
  );

describe('runFiltered', () => {
  it('feeds the input and returns what the program prints', async () => {
    expect(await runFiltered('tr', ['a-z', 'A-Z'], 'maduro\n', 2000)).toBe('MADURO\n');
  });

  it('fails with TRANSLATION_FAILED, not a hang, when a step runs past the time limit', async () => {
    const started = Date.now();
    expect(await rejection(runFiltered('sleep', ['5'], '', 200))).toBe('TRANSLATION_FAILED');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('fails with TRANSLATION_FAILED when the program exits with an error or does not exist', async () => {
    expect(await rejection(runFiltered('sh', ['-c', 'exit 3'], '', 2000))).toBe('TRANSLATION_FAILED');
    expect(await rejection(runFiltered('/nonexistent/program', [], '', 2000))).toBe('TRANSLATION_FAILED');
  });
});
