import { CALENDAR, CONNECTORS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.js';

/**
 * Finds the names an article mentions, in order: maximal runs of capitalised words (so a name
 * is never cut short), split at possessives and hyphens, with the title in front of a person
 * taken off ("Venezuelan President Nicolas Maduro" gives "Venezuelan" and "Nicolas Maduro").
 */

/** One name as written, with its words. */
export interface Mention {
  words: string[];
  /** The name opens a sentence, where any word is capitalised. */
  initial: boolean;
}

/** What one text yields: its mentions in order, and short forms it defines ("… States (OAS)"). */
export interface TextNames {
  mentions: Mention[];
  /** [long, short] pairs from a name followed by its abbreviation in brackets. */
  definitions: [string[], string][];
}

const WORD = String.raw`(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}’'.-]*[\p{L}\p{M}’']|\p{Lu}`;
const JOIN = `(?:[^\\S\\n]+(?:(?:${[...CONNECTORS].join('|')})[^\\S\\n]+)*)`;
const RUN = new RegExp(`(?=\\p{Lu})(?<![\\p{L}\\p{N}])(?:${WORD})(?:${JOIN}(?:${WORD}))*`, 'gu');
const ABBREVIATION = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}]{1,9})\)/u;
const SENTENCE_END_BEFORE = /(?:[.!?…]["”’)\]]*\s+|[“"‘(]\s*|:\s+|—\s*)$/u;
const POSSESSIVE = /(?:[’']s|s[’'])$/u;

const lower = (w: string) => w.toLowerCase();

/** A line in title case without a closing full stop is a headline or a label, not prose to mine. */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^[“"‘(]?\p{Lu}/u.test(w)).length;
  return words.length >= 4 && capitalised / words.length > 0.6 && !/[.!?…]["”’)]*\s*$/u.test(line);
}

/** Cuts a run at possessives and hyphenated words: "Mexico’s Foreign Minister" is two names. */
function segments(words: string[]): string[][] {
  const out: string[][] = [[]];
  for (const raw of words) {
    if (raw.includes('-')) {
      out.push([]);
      continue;
    }
    const word = raw
      .replace(POSSESSIVE, (m) => (m.startsWith('s') ? 's' : ''))
      .replace(/[’']$/u, '')
      .replace(/^((?:\p{Lu}\.){2,})$/u, (m) => m.replaceAll('.', ''));
    out.at(-1)!.push(word);
    if (word !== raw) out.push([]);
  }
  return out;
}

/** Takes titles off: the part before a title and the name after it are separate mentions. */
function withoutTitles(words: string[], common: ReadonlySet<string>): string[][] {
  for (let end = words.length - 1; end >= 0; end--) {
    if (!TITLE_HEADS.has(lower(words[end]!))) continue;
    const isTitle = (w: string) => TITLE_HEADS.has(lower(w)) || TITLE_MODIFIERS.has(lower(w));
    let start = end;
    while (start > 0 && isTitle(words[start - 1]!)) start--;
    // "Secretary General …", "Secretary of State …": a role's qualifiers and "of" phrase run on.
    let after = end + 1;
    for (;;) {
      if (after < words.length && TITLE_MODIFIERS.has(lower(words[after]!))) after += 1;
      // The "of" phrase takes a common noun, or one name word when a name of two or more words follows.
      else if (
        CONNECTORS.has(words[after] ?? '') &&
        after + 1 < words.length &&
        (common.has(lower(words[after + 1]!)) || after + 3 < words.length)
      )
        after += 2;
      else break;
    }
    return [...withoutTitles(words.slice(0, start), common), ...withoutTitles(words.slice(after), common)];
  }
  return [words];
}

/** Connectors only join names: they never start or end one. */
function trimConnectors(words: string[]): string[] {
  let a = 0;
  let b = words.length;
  while (a < b && CONNECTORS.has(words[a]!)) a++;
  while (b > a && CONNECTORS.has(words[b - 1]!)) b--;
  return words.slice(a, b);
}

/**
 * The names in `text`. `common` holds every word the corpus writes in lower case: a capitalised
 * one of those at a sentence start ("The", "However", "Speaking") is not a name.
 */
export function namesIn(text: string, common: ReadonlySet<string>): TextNames {
  const mentions: Mention[] = [];
  const definitions: [string[], string][] = [];
  for (const line of text.split('\n')) {
    if (isHeadline(line)) continue;
    for (const match of line.matchAll(RUN)) {
      const words = match[0].split(/[^\S\n]+/u);
      // Only the few characters before the run are looked at, so a huge one-line article stays linear.
      const before = line.slice(Math.max(0, match.index - 6), match.index);
      let initial = (before.length === match.index && before.trim() === '') || SENTENCE_END_BEFORE.test(before);
      if (initial && (common.has(lower(words[0]!)) || CONNECTORS.has(lower(words[0]!)))) {
        words.shift();
        initial = false;
      }
      const found = segments(words)
        .flatMap((s) => withoutTitles(s, common))
        .map(trimConnectors)
        .filter((w) => w.length > 0 && !(w.length === 1 && (CALENDAR.has(lower(w[0]!)) || w[0]!.length < 2)));
      mentions.push(...found.map((w, i) => ({ words: w, initial: initial && i === 0 && w[0] === words[0] })));
      const short = ABBREVIATION.exec(line.slice(match.index + match[0].length, match.index + match[0].length + 16))?.[1];
      if (short && found.length > 0) definitions.push([found.at(-1)!.filter((w) => !TITLE_HEADS.has(lower(w))), short]);
    }
  }
  return { mentions, definitions };
}

/** Every word `texts` write in lower case somewhere. */
export function commonWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const [w] of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu)) words.add(w);
  return words;
}

/**
 * Undoes a join made by a connector between two names ("in Mexico of Venezuelan migrants"):
 * a name written only once whose part before the connector is a name on its own elsewhere is
 * two mentions. Names that recur ("Government of Mexico") are kept whole.
 */
export function splitChanceJoins(texts: readonly TextNames[]): TextNames[] {
  const counts = new Map<string, number>();
  const key = (words: string[]) => words.join(' ').toLowerCase();
  for (const { mentions } of texts) for (const { words } of mentions) counts.set(key(words), (counts.get(key(words)) ?? 0) + 1);
  return texts.map(({ mentions, definitions }) => ({
    definitions,
    mentions: mentions.flatMap((m) => {
      const at = m.words.findIndex((w) => CONNECTORS.has(w));
      if (at < 0 || counts.get(key(m.words)) !== 1 || !counts.has(key(m.words.slice(0, at)))) return [m];
      return [
        { words: m.words.slice(0, at), initial: m.initial },
        { words: trimConnectors(m.words.slice(at)), initial: false },
      ];
    }),
  }));
}
