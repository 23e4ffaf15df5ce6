import { tokenize } from './tokenize.js';

/** A word of a sentence: its text, where it stands in the sentence, and its stem with any possessive dropped. */
export interface SentenceWord {
  text: string;
  start: number;
  end: number;
  /** "Guaido's" and "Ebbers'" stem as "guaido" and "ebber"; '' for a word with no letters. */
  stem: string;
}

/** The words of `sentence`, split at spaces and at the punctuation that parts them (commas, brackets, quotes). Pure. */
export function wordsOf(sentence: string): SentenceWord[] {
  return [...sentence.matchAll(/[^\s,;:()“”"]+/g)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    stem: tokenize(m[0].replace(/[’']s?$/, ''))[0] ?? '',
  }));
}

/** True when word `i` and the next stand with only spaces between: no comma opens an aside. */
export function nextTo(sentence: string, words: readonly SentenceWord[], i: number): boolean {
  const next = words[i + 1];
  return next !== undefined && /^\s+$/.test(sentence.slice(words[i]!.end, next.start));
}
