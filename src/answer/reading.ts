import { isCitebotError } from '../errors.js';
import type { Logger } from '../logger.js';
import { foldWord } from '../retrieval/surface-words.js';
import { NAME_SHARE, nameShare, type WordCounts } from '../retrieval/vocabulary.js';
import { detectLanguage, languageOfLocale, type ForeignLanguage, type Language } from '../text/language.js';
import type { Translator } from '../translate/types.js';
import { readInEnglish } from './translation/read-in-english.js';
import type { Untranslated } from './types.js';
import { preferCorpusWords } from './translation/word-choice.js';
import { withoutDiacritics } from '../text/diacritics.js';
import { isFunctionWord } from '../text/foreign-words.js';

/** How a question was read before searching. */
export interface QuestionReading {
  /** The language the question is written in. */
  language: Language;
  /** The English reading searched for a Spanish or Portuguese question; null for English. */
  english: string | null;
  /**
   * More words for the lexical search only, never for judging the answer: the engine's other
   * English words for the question's content words, and the question as typed, accents folded,
   * where names and cognates survive. Empty for English.
   */
  alsoSearch: string;
  /** Why a non-English question was searched as typed: no engine installed, or it failed. */
  untranslated: Untranslated | null;
}

/** The translation engine, or why there is none (from src/translate/factory.ts). */
export type TranslatorChoice = { translator: Translator; missing: null } | { translator: null; missing: string };

/**
 * Reads a question in the member's language: which language it is (the Discord locale as a
 * prior, the corpus's names left out of the judgement) and, when it is not English, its
 * English reading. A failed translation never fails the question: it is searched as typed,
 * where its names still match, and the answer says it was not translated.
 */
export async function readQuestion(
  question: string,
  options: {
    locale?: string | null;
    translator: TranslatorChoice;
    words: ReadonlyMap<string, WordCounts>;
    /** Share of the corpus's passages holding a (stemmed) term: picks among the engine's word choices. */
    documentShare: (term: string) => number;
    logger?: Logger;
  },
): Promise<QuestionReading> {
  const { translator, words } = options;
  const isName = (w: string) => {
    const counts = words.get(foldWord(w));
    return counts !== undefined && nameShare(counts, foldWord(w)) >= NAME_SHARE;
  };
  let language = await detectLanguage(question, languageOfLocale(options.locale), isName);
  const typed = withoutDiacritics(question);
  if (language === 'en') return { language, english: null, alsoSearch: '', untranslated: null };
  if (translator.translator === null) {
    return { language, english: null, alsoSearch: '', untranslated: { reason: 'no-engine', detail: translator.missing } };
  }
  try {
    language = await closerLanguage(question, language, translator.translator, isName);
    const english = await readInEnglish(question, language, translator.translator, words);
    return {
      language,
      english: preferCorpusWords(english.text, english.choices, options.documentShare),
      alsoSearch: [...english.choices.flat(), typed].join(' '),
      untranslated: null,
    };
  } catch (error) {
    if (!isCitebotError(error)) throw error;
    options.logger?.warn({ err: error, language }, 'translation failed; searching the question as typed');
    return { language, english: null, alsoSearch: '', untranslated: { reason: 'failed', detail: error.message } };
  }
}

/**
 * Spanish and Portuguese share most n-grams; the engine's own dictionaries settle it: the
 * language whose analyser knows more of the question's words, the detector's choice on a tie.
 */
async function closerLanguage(
  question: string,
  detected: ForeignLanguage,
  translator: Translator,
  isName: (word: string) => boolean,
): Promise<ForeignLanguage> {
  // The corpus's names ("Almagro", "Caracas") say nothing about the language around them.
  const tokens = [...new Set((question.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase()))].filter((w) => !isName(w));
  const [es, pt] = await Promise.all([translator.knownWords(tokens, 'es'), translator.knownWords(tokens, 'pt')]);
  if (es.size === pt.size) return detected;
  return es.size > pt.size ? 'es' : 'pt';
}

/**
 * A question that no engine translated, as it is searched: without its language's grammar
 * words, which an English corpus writes only inside names ("el" in "El Salvador", "de" in
 * "de Alba") and which would pull those names' passages up for any question.
 */
export function searchedAsTyped(question: string, language: ForeignLanguage): string {
  return question
    .replace(/\p{L}+/gu, (word) => (isFunctionWord(word, language) ? ' ' : word))
    .replace(/\s+/g, ' ')
    .trim();
}
