import { ApplicationCommandOptionType, DiscordAPIError, InteractionContextType, RESTJSONErrorCodes } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandDefinitions, commands, findCommand } from '../../src/discord/commands/index.js';
import { parseSince } from '../../src/discord/commands/digest.js';
import { Cooldowns } from '../../src/discord/cooldowns.js';
import { describeError, explain } from '../../src/discord/errors.js';
import { withoutMention } from '../../src/discord/mentions.js';
import { ThreadMemory } from '../../src/discord/thread-memory.js';
import { CitebotError } from '../../src/errors.js';

/** The command registry and the small stateful pieces, without Discord. */
describe('command registry', () => {
  it('keys every command by its name, and finds only those', () => {
    for (const [key, command] of Object.entries(commands)) expect(command.data.name).toBe(key);
    expect(findCommand('ask')).toBe(commands.ask);
    expect(findCommand('toString')).toBeUndefined();
  });

  it('defines /ask with a 1000-character question, count 1-10 and a public switch', () => {
    const ask = commandDefinitions().find((c) => c.name === 'ask')!;
    expect(ask.options).toEqual([
      expect.objectContaining({ name: 'question', type: ApplicationCommandOptionType.String, required: true, max_length: 1000 }),
      expect.objectContaining({ name: 'count', type: ApplicationCommandOptionType.Integer, min_value: 1, max_value: 10 }),
      expect.objectContaining({ name: 'public', type: ApplicationCommandOptionType.Boolean }),
    ]);
  });

  it('defines /digest for servers only, with an autocompleted topic, a text channel and a date', () => {
    const digest = commandDefinitions().find((c) => c.name === 'digest')!;
    expect(digest.contexts).toEqual([InteractionContextType.Guild]);
    expect(digest.options!.map((o) => o.name)).toEqual(['topic', 'channel', 'since']);
    expect(digest.options![0]).toMatchObject({ autocomplete: true, required: true });
    expect(digest.options![1]).toMatchObject({ channel_types: [0, 5] });
  });
});

describe('parseSince', () => {
  it('accepts YYYY, YYYY-MM and YYYY-MM-DD real dates', () => {
    expect(parseSince('2019')).toBe('2019');
    expect(parseSince(' 2019-04 ')).toBe('2019-04');
    expect(parseSince('2020-02-29')).toBe('2020-02-29');
    expect(parseSince(null)).toBeUndefined();
  });
  it('refuses anything else as OPTION_INVALID, with a hint on the accepted forms', () => {
    const invalid = expect.objectContaining({ code: 'OPTION_INVALID', hint: expect.stringContaining('2019-04-11') });
    for (const bad of ['19', '2019-13', '2019-02-30', 'last week', '2019/04/01']) expect(() => parseSince(bad)).toThrow(invalid);
  });
});

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

describe('ThreadMemory', () => {
  it('remembers the last question per thread and forgets the least recently used first', () => {
    const memory = new ThreadMemory(2);
    memory.set('t1', 'q1');
    memory.set('t2', 'q2');
    expect(memory.get('t1')).toBe('q1'); // t1 is now the most recent
    memory.set('t3', 'q3');
    expect(memory.get('t2')).toBeUndefined();
    expect(memory.get('t1')).toBe('q1');
    memory.set('t1', 'q1b');
    expect(memory.get('t1')).toBe('q1b');
    expect(memory.size).toBe(2);
  });
});

describe('mentions and errors', () => {
  it('strips the bot’s mention (both forms) from the question', () => {
    expect(withoutMention('<@123456789012345678> What did  Peru do?', '123456789012345678')).toBe('What did Peru do?');
    expect(withoutMention('and <@!123456789012345678>\nwhy? <@999>', '123456789012345678')).toBe('and why? <@999>');
  });

  it('explains expected failures in their own words and bugs with a reference', () => {
    expect(explain(new CitebotError('QUESTION_EMPTY', 'The question is empty.', { hint: 'Ask something.' }), 'r')).toEqual({ text: 'The question is empty.\nAsk something.', expected: true });
    expect(explain(new Error('boom'), '42')).toMatchObject({ expected: false, text: expect.stringContaining('`42`') });
  });

  it('maps missing permissions to a plain message, and keeps interaction tokens out of logs', () => {
    const url = 'http://127.0.0.1/api/v10/webhooks/123456789012345678/secret-interaction-token/messages/@original';
    const error = new DiscordAPIError({ code: RESTJSONErrorCodes.MissingPermissions, message: 'Missing Permissions' }, RESTJSONErrorCodes.MissingPermissions, 403, 'PATCH', url, { body: undefined, files: undefined });
    expect(explain(error, 'r')).toMatchObject({ expected: true, text: expect.stringContaining("don't have permission") });
    const logged = JSON.stringify(describeError(error));
    expect(logged).not.toContain('secret-interaction-token');
    expect(logged).toContain('/webhooks/123456789012345678/[token]/messages/@original');
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
