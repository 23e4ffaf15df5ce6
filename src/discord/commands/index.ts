import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { ask } from './ask.js';
import { corpus } from './corpus.js';
import { digest } from './digest.js';
import { localize } from './localizations.js';
import { gaps } from './gaps.js';
import { settings } from './settings.js';
import { sources } from './sources.js';
import type { SlashCommand } from './types.js';

/**
 * Every slash command, keyed by its name. `satisfies` checks each entry against SlashCommand
 * while keeping the literal keys, so `CommandName` is exactly the set of commands.
 */
export const commands = { ask, sources, digest, gaps, settings, corpus } satisfies Record<string, SlashCommand>;

export type CommandName = keyof typeof commands;

/** The command for an interaction's name, if it is one of ours. */
export function findCommand(name: string): SlashCommand | undefined {
  return Object.hasOwn(commands, name) ? commands[name as CommandName] : undefined;
}

/** The definitions `npm run deploy-commands` registers with Discord. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return Object.values(commands).map((command) => localize(command.data.toJSON()));
}

export type { CommandContext, SlashCommand } from './types.js';
