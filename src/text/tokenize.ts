import { stemmer } from 'stemmer';

/**
 * Function words and question words. Kept small on purpose: BM25's idf already discounts
 * common words, so this list only removes words that would otherwise make a question
 * ("What did the minister say...") match every passage a little.
 * Deliberately absent: `us` (what "U.S." becomes) and `may` (the month). `no` and `not` are
 * in: bag-of-words matching cannot use negation anyway.
 */
const STOPWORDS = new Set(
  (
    'a an the and or but nor if then than so as of at by for from in into on onto to with without ' +
    'about over under between through during before after above below up down out off again ' +
    'further here there this that these those is are was were be been being am have has had having ' +
    'do does did doing done will would shall should can could might must i me my mine we our ours ' +
    'you your yours he him his she her hers it its they them their theirs what which who whom whose ' +
    'when where why how any all both each few more most other some such only own same too very just ' +
    'also no not dont doesnt didnt isnt wasnt arent im ive youre theyre'
  ).split(' '),
);

/** Letters that NFD does not decompose but that readers treat as plain Latin letters. */
const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th' };

/**
 * Numbers are maximal digit runs with optional decimals ("3.5"), so "60m" and "1990s" yield
 * "60" and "1990"; words start with a letter and may carry digits ("g20", "mp3").
 * Hyphens, dashes and slashes are not token characters: "cross-border" → "cross", "border"
 * and "11-15" → "11", "15". We split without also keeping the joined form because BM25 sums
 * term weights: a compound plus its parts would count one match twice, while split parts
 * already make "cross-border" and "cross border" equivalent.
 */
const TOKEN = /\p{Nd}+(?:\.\p{Nd}+)*|\p{L}[\p{L}\p{N}]*/gu;
const NUMBER = /^\p{Nd}+(?:\.\p{Nd}+)*$/u;
const ASCII_WORD = /^[a-z]+$/;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * One pass over apostrophes (cheaper than lookbehind regexes on 60k passages): possessives
 * vanish ("Venezuela's", "1990's"), elisions and contractions join ("O'Brien" → "obrien",
 * "don't" → "dont"), and any other apostrophe is a quote mark, so a space.
 */
function apostrophe(_match: string, possessive: string | undefined, at: number, text: string): string {
  const prev = text[at - 1];
  if (prev === undefined || !WORD_CHAR.test(prev)) return ' ';
  if (possessive) return '';
  const next = text[at + 1];
  return next !== undefined && WORD_CHAR.test(next) ? '' : ' ';
}

/** Canonical form before tokenising: case, accents, apostrophes, acronyms and digit groups. */
function normalise(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // Fold accents (López → lopez): decompose, then drop combining diacritics. Only the
      // U+0300 block, so vowel signs of Indic or Arabic scripts are not torn out of words.
      .normalize('NFD')
      .replace(/[\u0300-\u036f]+/g, '')
      .replace(/[ßæœøđłıþ]/g, (c) => LIGATURES[c] ?? c)
      // One apostrophe, so curly and straight quotes behave the same.
      .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
      .replace(/'(s(?![\p{L}\p{N}]))?/gu, apostrophe)
      // Dotted acronyms become one token ("U.S." → "us", "U.N." → "un"), not dropped letters.
      // ASCII suffices: accents are folded by now.
      .replace(/\b[a-z](?:\.[a-z])+\.?(?![a-z0-9])/g, (m) => m.replaceAll('.', ''))
      // Thousands separators: "24,000" → "24000" (only before exactly three digits).
      .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
  );
}

/**
 * Porter stems, memoised because building an index stems millions of tokens drawn from a
 * vocabulary of tens of thousands. The memo only caches a pure function, so `tokenize`
 * stays pure; it is cleared when full to bound memory in a long-running bot.
 */
const stems = new Map<string, string>();
function stem(word: string): string {
  let result = stems.get(word);
  if (result === undefined) {
    if (stems.size >= 200_000) stems.clear();
    result = stemmer(word);
    stems.set(word, result);
  }
  return result;
}

/**
 * Splits text into BM25 terms: normalised (NFKC, lowercase, accents folded), stopwords
 * removed, English words Porter-stemmed. Numbers are kept whole and unstemmed at any length;
 * other terms shorter than two characters are dropped. Queries and passages must go through
 * this same function so that their terms meet.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const token of normalise(text).match(TOKEN) ?? []) {
    if (NUMBER.test(token)) {
      out.push(token);
      continue;
    }
    if (token.length < 2 || STOPWORDS.has(token)) continue;
    // Only plain ASCII words go through Porter; "g20" or non-Latin words are kept as they are.
    const term = ASCII_WORD.test(token) ? stem(token) : token;
    if (term.length >= 2) out.push(term);
  }
  return out;
}

/** Counts each term, in order of first occurrence. A Map, so no term can collide with `Object.prototype`. */
export function termFrequencies(tokens: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const token of tokens) tf.set(token, (tf.get(token) ?? 0) + 1);
  return tf;
}
