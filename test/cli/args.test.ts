import { describe, expect, it } from 'vitest';
import { parseAskArgs } from '../../src/cli/args.js';

describe('parseAskArgs', () => {
  it('reads the question, --json, --rebuild and a decimal -k', () => {
    expect(parseAskArgs(['Who', 'won?', '-k', '7', '--json'])).toEqual({ question: 'Who won?', json: true, k: 7, rebuild: false });
  });

  it.each(['0x10', '1e1', '0b11', '2.5', '0', '21', ''])('refuses -k %j, which is not a decimal number from 1 to 20', (k) => {
    expect(parseAskArgs(['Who won?', '-k', k])).toEqual({ error: '-k takes a whole number from 1 to 20, in decimal digits.' });
  });
});
