import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { AnswerService } from '../../answer/service.js';
import type { CorpusEditor } from '../../index/corpus-editor.js';
import type { Logger } from '../../logger.js';
import type { BotState } from '../../state/bot-state.js';
import type { Cooldowns } from '../cooldowns.js';

/** Limits and defaults from the configuration that handlers need. */
export interface HandlerSettings {
  /** COOLDOWN_SECONDS: a server's /settings may override it. */
  cooldownSeconds: number;
  gapRetentionDays: number;
  uploadMaxBytes: number;
  /** Origins attachments may be fetched from: Discord's CDN, plus the stand-in's in tests. */
  attachmentOrigins: readonly string[];
  /** Time allowed to download an attachment. */
  uploadTimeoutMs: number;
}

/** What a command handler may use; built once in createBot. */
export interface CommandContext {
  service: AnswerService;
  logger: Logger;
  cooldowns: Cooldowns;
  /** Settings, votes, declined questions and pending uploads (SQLite). */
  state: BotState;
  /** Adds and removes corpus articles; absent when the bot runs without a writable corpus. */
  corpus: CorpusEditor | undefined;
  settings: HandlerSettings;
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
