/**
 * Acronyms an article defines where it first uses them: "anti-social behaviour orders (Asbos)",
 * "the Telephone Preference Service (TPS)". The long form need not be capitalised, and the
 * acronym may be written in lower case after its first letter or take a plural "s": the letters
 * are matched against the initials of the words just before the bracket. Pure; English.
 */
import { tokenize } from '../text/tokenize.js';
import { CONNECTORS, foldWord } from './surface-words.js';

/** An acronym of two to eight letters in brackets, opening with a capital. */
const BRACKETED = /\((\p{Lu}\p{L}{1,7})\)/gu;
/** Up to eight words ending just before the bracket: where its long form stands. */
const BEFORE = /(?:[\p{L}’'-]+\s+){1,8}$/u;
/** How far back the long form is looked for: eight long words. */
const REACH = 160;

/** The letters an acronym spells: lower-cased, without a plural "s" after a capital ("NGOs", "Asbos"). */
function lettersOf(acronym: string): string[] {
  const plural = /[^s]s$/.test(acronym) && acronym.length > 2 ? acronym.slice(0, -1) : acronym;
  return [...foldWord(plural)];
}

/**
 * The long form whose initials spell `letters`, read back from the end of `before` (its words,
 * hyphenated parts each counting a letter, "anti-social" as "a", "s"), connectors allowed
 * inside ("Organization of American States"), or null when the words do not spell it.
 */
function longFormOf(before: readonly string[], letters: readonly string[]): string[] | null {
  let need = letters.length - 1;
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i]!;
    if (need < letters.length - 1 && CONNECTORS.has(word.toLowerCase())) continue;
    const parts = word.split('-').filter((p) => p.length > 0);
    for (let p = parts.length - 1; p >= 0; p--) {
      if (foldWord(parts[p]!)[0] !== letters[need]) return null;
      need--;
    }
    if (need < 0) return before.slice(i);
  }
  return null;
}

/** The acronyms `text` defines, each as a group of its stemmed forms: [acronym, long form]. */
export function definedAcronyms(text: string): string[][][] {
  const groups: string[][][] = [];
  // Brackets first, the words before each only then: a regex reading words at every position
  // cost a fifth more time to read a large corpus's vocabulary.
  for (const m of text.matchAll(BRACKETED)) {
    const letters = lettersOf(m[1]!);
    const before = BEFORE.exec(text.slice(Math.max(0, m.index - REACH), m.index))?.[0];
    if (letters.length < 2 || before === undefined) continue;
    const long = longFormOf(before.trim().split(/\s+/), letters);
    const acronym = tokenize(m[1]!);
    const terms = long === null ? [] : tokenize(long.join(' '));
    if (acronym.length === 1 && terms.length >= 2) groups.push([acronym, terms]);
  }
  return groups;
}
