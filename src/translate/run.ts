import { spawn } from 'node:child_process';
import { CitebotError } from '../errors.js';

/** Runs `program args`, feeding `input`; resolves stdout, or fails with TRANSLATION_FAILED. */
export function runFiltered(program: string, args: string[], input: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const fail = (message: string, cause?: unknown) =>
      reject(new CitebotError('TRANSLATION_FAILED', message, { hint: 'Check the Apertium install: apertium -l lists its pairs.', cause }));
    // The mode is a shell pipeline: kill the whole process group, not only the shell.
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      fail(`Translation took longer than ${timeoutMs} ms.`);
    }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      clearTimeout(timer);
      fail(`Could not run ${program}: ${e.message}`, e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else fail(`${program} ${args.join(' ')} exited with ${code}: ${Buffer.concat(err).toString('utf8').trim().slice(0, 200)}`);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}
