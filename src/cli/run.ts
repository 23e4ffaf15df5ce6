import { isCitebotError } from '../errors.js';

/**
 * Runs a command-line entry point: an expected failure prints its message and hint and exits 1;
 * anything else is a bug and prints its stack.
 */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      if (isCitebotError(error)) process.stderr.write(`citebot: ${error.userMessage}\n`);
      else process.stderr.write(`citebot: unexpected error (a bug, please report it):\n${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
