import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { AnswerService } from '../../answer/service.js';
import type { Logger } from '../../logger.js';
import type { Cooldowns } from '../cooldowns.js';

/** What a command handler may use; built once in createBot. */
export interface CommandContext {
  service: AnswerService;
  logger: Logger;
  cooldowns: Cooldowns;
}

/**
 * A slash command: its definition (sent to Discord by `npm run deploy-commands`) and its handler.
 * Handlers parse options, call the service and hand results to render.ts; they throw on failure
 * and leave replying about it to errors.ts.
 */
export interface SlashCommand {
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  /** Suggestions for options declared with `setAutocomplete(true)`. */
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
}
