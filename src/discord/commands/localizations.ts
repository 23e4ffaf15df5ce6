import type { LocalizationMap, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { COMMAND_TEXT, type Localized, type OptionText } from './localized-text.js';

const map = (text: Localized): LocalizationMap => ({ 'es-ES': text.es, 'es-419': text.es, 'pt-BR': text.pt });

/** A command or option with its localizations, and its options' (subcommands have their own). */
function withText<T extends { name: string; options?: unknown[] }>(item: T, text: OptionText | undefined): T {
  if (!text) return item;
  const options = item.options as { name: string; options?: unknown[] }[] | undefined;
  return {
    ...item,
    name_localizations: map(text.name),
    description_localizations: map(text.description),
    ...(options ? { options: options.map((o) => withText(o, text.options?.[o.name])) } : {}),
  };
}

/** `definition` with its Spanish and Portuguese names and descriptions (unchanged where the table has none). */
export function localize(definition: RESTPostAPIChatInputApplicationCommandsJSONBody): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return withText(definition, COMMAND_TEXT[definition.name]);
}
