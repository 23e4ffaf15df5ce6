import { describe, expect, it } from 'vitest';
import { Cooldowns } from '../../src/discord/cooldowns.js';
import { explain } from '../../src/discord/errors.js';

describe('Cooldowns', () => {
  it('lets a user ask once per period, each user separately', () => {
    const cooldowns = new Cooldowns(10);
    cooldowns.take('a', 0);
    expect(() => cooldowns.take('a', 4_000)).toThrow(/again in 6 seconds/);
    cooldowns.take('b', 4_000);
    cooldowns.take('a', 10_000);
  });
  it('is off at zero seconds', () => {
    const cooldowns = new Cooldowns(0);
    cooldowns.take('a');
    cooldowns.take('a');
  });
  it('throws COOLDOWN, which the error handler shows as is', () => {
    const cooldowns = new Cooldowns(5);
    cooldowns.take('a', 0);
    const error = catchError(() => cooldowns.take('a', 1000));
    expect(error).toMatchObject({ code: 'COOLDOWN' });
    expect(explain(error, 'ref')).toEqual({ text: 'Easy there, you can ask again in 4 seconds.', expected: true });
  });
});

function catchError(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
