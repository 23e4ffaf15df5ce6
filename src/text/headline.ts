import { isEnglishWord } from './lexicon.js';

/** A word of a line, as far as its case goes. */
export interface CasedWord {
  /** Lowercase, accents folded. */
  folded: string;
  capital: boolean;
  /** Opens a sentence. */
  opening: boolean;
}

/** Headline case needs this many common words to tell it from a line of names. */
const MIN_COMMON = 3;
/** Share of a line's common words capitalised for it to be in headline case. */
const HEADLINE_SHARE = 0.8;
/** Short words headline case leaves in lower case. */
const MINOR = new Set('the and for nor but yet off out via per from into onto over with upon than'.split(' '));

/**
 * True when a line is written in headline case ("Pompeo Begins Latin America Tour"): one
 * sentence whose common English words (bar the short ones headlines leave in lower case) are
 * nearly all capitalised. Such a line says nothing by its case, as the first word of a sentence
 * says nothing: "Tour" in it is no name.
 */
export function inHeadlineCase(words: readonly CasedWord[]): boolean {
  if (words.slice(1).some((w) => w.opening)) return false;
  const common = words.filter((w) => w.folded.length >= 3 && !MINOR.has(w.folded) && isEnglishWord(w.folded));
  if (common.length < MIN_COMMON) return false;
  return common.filter((w) => w.capital).length >= HEADLINE_SHARE * common.length;
}
