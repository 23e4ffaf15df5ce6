import { parseArgs } from 'node:util';

/** Parsed options of `npm run ask`. */
export interface AskArgs {
  question: string;
  json: boolean;
  k: number | undefined;
  rebuild: boolean;
}

/** Parses `ask` arguments; returns an error message instead of throwing for bad input. */
export function parseAskArgs(argv: string[]): AskArgs | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        k: { type: 'string', short: 'k' },
        rebuild: { type: 'boolean', default: false },
      },
    });
    // Decimal digits only: Number() would also read "0x10" as 16 and "1e1" as 10.
    const k = values.k === undefined ? undefined : /^\d+$/u.test(values.k) ? Number(values.k) : Number.NaN;
    if (k !== undefined && (!Number.isInteger(k) || k < 1 || k > 20))
      return { error: '-k takes a whole number from 1 to 20, in decimal digits.' };
    return { question: positionals.join(' '), json: values.json, k, rebuild: values.rebuild };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
