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
    const k = values.k === undefined ? undefined : Number(values.k);
    if (k !== undefined && (!Number.isInteger(k) || k < 1 || k > 20)) return { error: '-k takes a whole number from 1 to 20.' };
    return { question: positionals.join(' '), json: values.json, k, rebuild: values.rebuild };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
