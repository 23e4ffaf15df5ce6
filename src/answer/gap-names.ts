/**
 * How a refusal line writes the names of a question (see gap.ts): as the member typed them, with
 * the capitals chat leaves out, neighbouring words as one name, listed with the language's "and".
 * Pure.
 */
import type { KeyTerm } from '../retrieval/key-terms.js';
import { isEnglishWord } from '../text/lexicon.js';
import { escapeRegExp } from '../text/regexp.js';

/** "A", "A and B", "A, B and C" (with the language's `and`). */
export function listNames(names: readonly string[], and = 'and'): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** Capitalises each word of a name as typed in chat ("delcy rodriguez" → "Delcy Rodriguez"); a word without a vowel is an acronym ("gdp" → "GDP"). */
export function display(text: string): string {
  return text
    .replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase())
    .replace(/\b[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-z]{1,4}\b/g, (acronym) => acronym.toUpperCase()) // "gdp" is GDP
    .replace(/^(?:[A-Z][b-df-hj-np-tv-z]{2,4}|\p{Lu}\p{Ll})$/u, (short) =>
      isEnglishWord(short.toLowerCase()) ? short : short.toUpperCase(),
    ); // a name alone: "eu" is EU, "imf" IMF; "Ed Miliband" stays
}

/** `phrase` as asked, with the names among `names` written as names: "the lima group meeting" → "the Lima Group meeting". */
export function showNames(phrase: string, names: readonly KeyTerm[]): string {
  return names.reduce((shown, t) => shown.replace(new RegExp(`\\b${escapeRegExp(t.text)}\\b`, 'giu'), display(t.text)), phrase);
}

/** Names for display, neighbouring words of the question as one ("Lima Group", not "Lima, Group"). */
export function asTyped(names: readonly KeyTerm[]): string[] {
  const out: { text: string; last: number }[] = [];
  for (const t of names) {
    const prev = out[out.length - 1];
    if (prev !== undefined && t.words.first === prev.last + 1) out[out.length - 1] = { text: `${prev.text} ${t.text}`, last: t.words.last };
    else out.push({ text: t.text, last: t.words.last });
  }
  // A name read twice ("half-life" as typed and as the corpus writes it) is named once.
  const shown = out.map((n) => display(n.text));
  return shown.filter((name, i) => shown.findIndex((o) => o.toLowerCase() === name.toLowerCase()) === i);
}
