import { PERSON_WORDS } from '../text/chat.js';
import { isEnglishWord } from '../text/lexicon.js';
import { NAME_SHARE, nameShare, type CorpusVocabulary } from './vocabulary.js';
import { surfaceWords } from './surface-words.js';

/**
 * How single words of a question are read before they become key terms: words of the
 * question's form, the kind of answer asked for, and names. Pure over the corpus vocabulary.
 */

/** One word of the question, as key-term analysis sees it. */
export interface QuestionWord {
  word: string;
  folded: string;
  capital: boolean;
  /** The question's first word, capitalised whatever it is. */
  first: boolean;
}

/** Words that belong to the question's form ("how many", "de" inside a name), not to what it asks about. */
const FORM_WORDS = new Set(['many', 'much', 'de', 'da', 'del', 'la', 'le', 'von', 'van']);
/** The kind of answer after "which" or "what" ("in which city", "what year"): a common noun, whatever a corpus capitalises. */
const KIND_WORDS = new Set('city cities country countries nation nations place places year month day person people'.split(' '));

/** Verbs that carry little of what was done: the act is in their object, or a corpus writes it with another verb. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  `get gets getting got gotten give gives giving gave given make makes making made take takes taking took taken keep keeps
  keeping kept put puts putting let lets letting go goes going went gone come comes coming came do does did have has had be`.split(/\s+/),
);

/** The verbs of motion among them: "where is X going" asks where with that very verb. */
export const MOTION_VERBS: ReadonlySet<string> = new Set('go goes going went gone come comes coming came'.split(' '));

/** Verbs whose object "us" is the pronoun, not the United States: "cost us", "tell us", "let us know". */
const TAKES_US =
  /^(?:cost|costs|costing|tell|tells|told|give|gives|gave|help|helps|helped|let|lets|show|shows|showed|owe|owes|owed|remind|ask|asks|asked)$/;

/**
 * The word at `i` belongs to the question's form: "many" in "how many", "big" in "how big" (a
 * passage gives the size, not the word), "going" in "going to" (the future), "us" typed in lower
 * case as the object of a verb ("how much did it cost us").
 */
export function isFormWord(words: readonly { word?: string; folded: string }[], i: number): boolean {
  const w = words[i]!.folded;
  const pronoun = w === 'us' && words[i]!.word === 'us' && TAKES_US.test(words[i - 1]?.folded ?? '');
  const howWhat = words[i - 1]?.folded === 'how' && /^\p{Ll}+$/u.test(words[i]!.word ?? w);
  return FORM_WORDS.has(w) || howWhat || (w === 'going' && words[i + 1]?.folded === 'to') || pronoun;
}

/** The word at `i` names the kind of answer asked for: "city" in "which city". */
export function askedKind(words: readonly { folded: string }[], i: number): boolean {
  return KIND_WORDS.has(words[i]!.folded) && ['which', 'what'].includes(words[i - 1]?.folded ?? '');
}

/**
 * The member capitalises names: some word inside a sentence starts with a capital and goes on in
 * lower case ("… from Venezuela at the frontier"). Then an English word they wrote in lower case
 * is a common word, however the corpus writes it.
 */
export function writesCase(typed: string): boolean {
  return surfaceWords(typed).some((w) => !w.opening && w.capital && /\p{Ll}/u.test(w.word));
}

/**
 * A word is a name when it is a figure of two or more digits, an acronym, capitalised inside the
 * question, mostly capitalised by the corpus (unless a member who `cased` names wrote it in
 * lower case), or neither a corpus word nor common English (a name the corpus never mentions).
 */
export function isName(word: QuestionWord, vocabulary: CorpusVocabulary, cased: boolean): boolean {
  // A figure of two or more digits ("42", "2019") names something as precisely as a name does.
  if (/^\d/.test(word.folded)) return word.folded.replace(/\D/g, '').length >= 2;
  if (/^\p{Lu}{2,}$/u.test(word.word)) return true;
  if (word.capital && !word.first) return true;
  if (cased && !word.capital && isEnglishWord(word.folded)) return false;
  // "the eu guy saying …": a corpus that writes "Guy Ritchie" more often than "a guy" has no say.
  if (!word.capital && PERSON_WORDS.has(word.folded)) return false;
  const seen = vocabulary.words.get(word.folded);
  if (seen) return nameShare(seen, word.folded) >= NAME_SHARE;
  return !isEnglishWord(word.folded);
}

/** A question in words ("who went", "did they", "…?") rather than a list of topics. */
export function isSentence(text: string): boolean {
  return (
    /\?\s*$/.test(text) ||
    /^\s*(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b/i.test(
      text,
    )
  );
}
