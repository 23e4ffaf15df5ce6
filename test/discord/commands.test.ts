import { ApplicationCommandOptionType, InteractionContextType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandDefinitions, commands, findCommand } from '../../src/discord/commands/index.js';

/** The command registry, without Discord. */
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
      expect.objectContaining({ name: 'translate', type: ApplicationCommandOptionType.Boolean }),
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
