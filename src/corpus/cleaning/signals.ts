/**
 * Small, language-light measurements of a line of text that the cleaning rules combine.
 * They only look; they never change the text.
 */

/** Lower case, letters and digits only, single spaces: for comparing lines, never for output. */
export function normalizeForCompare(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Ends like a sentence: . ! ? … : ; possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…:;]["'”’»)\]]*$/u.test(text.trim());
}

/** Words as written, split on any whitespace (NBSP included). */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w !== '');
}

// Words headline style leaves in lower case; everything else must be capitalised.
const MINOR_WORDS = new Set(
  ('a an the and but or nor for so yet as at by in of off on per to up via vs with from into onto ' +
    'over than upon out de del la le el y et und van von')
    .split(' '),
);

/** Words other than headline-style minor words, without surrounding punctuation. */
export function significantWords(text: string): string[] {
  return wordsOf(text)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '' && !MINOR_WORDS.has(w.toLowerCase()));
}

/**
 * Headline style: every significant word starts with a capital or a digit
 * ("Venezuela Scores Another Victory at OAS, Shames Critics"). Sentence case is not title case.
 */
export function isTitleCase(text: string): boolean {
  const significant = significantWords(text);
  if (significant.length < 2) return false;
  return significant.every((w) => /^[\p{Lu}\p{Lt}\p{N}]/u.test(w));
}

const SCRIPTS: [name: string, pattern: RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Han', /\p{Script=Han}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
];

// A letter outside the Latin script; most news text has none, which keeps the common case fast.
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

/** Letter counts per writing system. */
export function scriptCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin > 0) counts.set('Latin', latin);
  if (!NON_LATIN_LETTER.test(text)) return counts;
  for (const letter of text.match(/[^\P{L}\p{Script=Latin}]/gu) ?? []) {
    const name = SCRIPTS.find(([, re]) => re.test(letter))?.[0] ?? 'Other';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** The script with the most letters, or null for text without letters. */
export function dominantScript(text: string): string | null {
  if (!NON_LATIN_LETTER.test(text)) return /\p{L}/u.test(text) ? 'Latin' : null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of scriptCounts(text)) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}

/** Share of the text's letters that are in `script` (1 for text without letters). */
export function scriptShare(text: string, script: string | null): number {
  if (script === null || (script === 'Latin' && !NON_LATIN_LETTER.test(text))) return 1;
  const counts = scriptCounts(text);
  const letters = [...counts.values()].reduce((a, b) => a + b, 0);
  return letters < 3 ? 1 : (counts.get(script) ?? 0) / letters;
}
