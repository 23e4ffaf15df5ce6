import { withoutDiacritics } from '../text/diacritics.js';
import { foldWord } from './surface-words.js';
import type { CorpusVocabulary } from './vocabulary.js';

/** Letters with a digit, as product and group names are written ("PS2", "MP3", "G8"): upper case when the corpus does not say. */
const MODEL_NAME = /^(?=\p{L}*\d)[\p{L}\d]{2,5}$/u;

/**
 * Writes each word of `text` without its accents where the corpus mostly writes it without
 * ("Guaidó" → "Guaido"). Lexical search folds accents anyway; the dense encoder does not, and
 * a question typed with accents (as Spanish and Portuguese speakers do) drifts from passages
 * that spell the name plainly.
 */
export function spellAsCorpus(text: string, vocabulary: CorpusVocabulary): string {
  return text.replace(/\p{L}[\p{L}\p{M}]*/gu, (w) => {
    const plain = withoutDiacritics(w);
    if (plain === w.normalize('NFD')) return w;
    const counts = vocabulary.words.get(plain.toLowerCase());
    return counts !== undefined && counts.accented * 2 < counts.count ? plain : w;
  });
}

/**
 * `word` in capitals when the corpus mostly writes it so ("amlo" → "AMLO"), or, when the corpus
 * never writes it, when it is letters with a digit ("ps2" → "PS2"), for showing it back.
 */
export function caseAsCorpus(word: string, vocabulary: CorpusVocabulary): string {
  const counts = vocabulary.words.get(foldWord(word));
  if (counts === undefined) return MODEL_NAME.test(word) ? word.toUpperCase() : word;
  return counts.upper * 2 > counts.count ? word.toUpperCase() : word;
}
