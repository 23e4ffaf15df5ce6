import { describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/discord/commands/index.js';
import { localize } from '../../src/discord/commands/localizations.js';
import { commandProblems, type CommandShape } from '../../src/testing/discord-standin/commands.js';

interface Item {
  name: string;
  name_localizations?: Record<string, string> | null;
  description_localizations?: Record<string, string> | null;
  options?: Item[];
}
const LOCALES = ['es-ES', 'es-419', 'pt-BR'];

/** Every command and option, subcommands' options included, with its path. */
function walk(item: Item, path = ''): [string, Item][] {
  const at = path ? `${path} ${item.name}` : item.name;
  return [[at, item], ...(item.options ?? []).flatMap((o) => walk(o, at))];
}

describe('command localizations', () => {
  it('give every command and option a Spanish and Portuguese name and description', () => {
    for (const definition of commandDefinitions()) {
      for (const [at, item] of walk(definition as Item)) {
        for (const locale of LOCALES) {
          expect(item.name_localizations?.[locale], `${at} name ${locale}`).toBeTruthy();
          expect(item.description_localizations?.[locale], `${at} description ${locale}`).toBeTruthy();
        }
      }
    }
  });

  it('are names and descriptions Discord accepts', () => {
    expect(commandDefinitions().flatMap((c) => commandProblems(c as CommandShape))).toEqual([]);
  });

  it('leave a command the table does not know unchanged', () => {
    const definition = { name: 'unknown', description: 'x', options: [] };
    expect(localize(definition)).toBe(definition);
  });

  it('are unique per level, as Discord requires of names', () => {
    for (const definition of commandDefinitions()) {
      for (const [, item] of walk(definition as Item)) {
        for (const locale of LOCALES) {
          const names = (item.options ?? []).map((o) => o.name_localizations?.[locale]);
          expect(new Set(names).size, `${item.name} ${locale}`).toBe(names.length);
        }
      }
    }
  });
});
