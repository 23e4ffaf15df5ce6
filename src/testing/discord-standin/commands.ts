import { Locale } from 'discord-api-types/v10';

/** The parts of a command definition Discord validates on registration. */
export interface CommandShape {
  name?: string;
  description?: string;
  name_localizations?: Record<string, string> | null;
  description_localizations?: Record<string, string> | null;
  options?: CommandShape[];
}

/** Discord's rule for chat-input command and option names: lowercase where the script has case. */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const LOCALES = new Set<string>(Object.values(Locale));

/**
 * What Discord would refuse in a command (and its options, recursively): names that break
 * its pattern or have capitals, descriptions outside 1-100 characters, localizations keyed by
 * a locale Discord does not know or holding such a name or description, more than 25 options.
 */
export function commandProblems(c: CommandShape, path = ''): string[] {
  const at = path ? `${path}.${c.name ?? '?'}` : (c.name ?? '?');
  const problems: string[] = [];
  const badName = (n: string | undefined) => n === undefined || !NAME.test(n) || n !== n.toLowerCase();
  const badDescription = (d: string | undefined) => d === undefined || d.length < 1 || d.length > 100;
  if (badName(c.name)) problems.push(`${at}: invalid name`);
  if (badDescription(c.description)) problems.push(`${at}: description must be 1-100 characters`);
  for (const [locale, name] of Object.entries(c.name_localizations ?? {})) {
    if (!LOCALES.has(locale)) problems.push(`${at}: unknown locale ${locale}`);
    if (badName(name)) problems.push(`${at}: invalid ${locale} name`);
  }
  for (const [locale, description] of Object.entries(c.description_localizations ?? {})) {
    if (!LOCALES.has(locale)) problems.push(`${at}: unknown locale ${locale}`);
    if (badDescription(description)) problems.push(`${at}: ${locale} description must be 1-100 characters`);
  }
  if ((c.options?.length ?? 0) > 25) problems.push(`${at}: more than 25 options`);
  for (const option of c.options ?? []) problems.push(...commandProblems(option, at));
  return problems;
}
