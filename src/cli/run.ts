import { isCitebotError } from '../errors.js';
import { showInvisible } from '../text/visible.js';

/** How {@link runCli} ends the process. */
export interface RunCliOptions {
  /**
   * Exit as soon as `main` settles, for tools whose libraries keep handles open after their
   * work is done (TensorFlow.js, discord.js); otherwise the process ends when the event loop drains.
   */
  forceExit?: boolean;
}

/**
 * Runs a command-line entry point: an expected failure prints its message and hint and exits 1;
 * anything else is a bug and prints its stack. `main` returns the exit code (default 0).
 */
export function runCli(main: () => Promise<number | void>, options: RunCliOptions = {}): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
      if (options.forceExit) process.exit();
    },
    (error: unknown) => {
      // A message can quote a path or a file's content: no control character reaches the terminal.
      if (isCitebotError(error)) process.stderr.write(`citebot: ${showInvisible(error.userMessage)}\n`);
      else if (isUsageError(error)) {
        // A mistyped option is the user's slip, not a bug: say which, and how to see the options.
        process.stderr.write(`citebot: ${showInvisible(error.message)}\nEvery script's options are listed in the README, under Scripts.\n`);
        process.exitCode = 2;
        if (options.forceExit) process.exit();
        return;
      } else
        process.stderr.write(
          `citebot: unexpected error (a bug, please report it):\n${showInvisible((error as Error)?.stack ?? String(error))}\n`,
        );
      process.exitCode = 1;
      if (options.forceExit) process.exit();
    },
  );
}

/** An unknown or malformed command-line option, as node:util's parseArgs reports it. */
function isUsageError(error: unknown): error is Error {
  return error instanceof Error && String((error as NodeJS.ErrnoException).code ?? '').startsWith('ERR_PARSE_ARGS_');
}
