import { isEnglishShorthand } from './chat.js';
import { isEnglishWord } from './lexicon.js';
import { withoutDiacritics } from './diacritics.js';
import { isFunctionWord } from './foreign-words.js';

/**
 * Which language a question is written in, among those citebot reads: English (the corpus's
 * language), Spanish and Portuguese. Short chat questions are hard for any detector ("whos de
 * alba" looks Spanish), so the n-gram detector's scores are combined with two things it
 * cannot know: how many of the words are common English ones, and the member's Discord locale.
 */

/** Languages citebot reads questions in. */
export const LANGUAGES = ['en', 'es', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];
/** A language citebot translates questions from: every language it reads but English. */
export type ForeignLanguage = Exclude<Language, 'en'>;

/** Added to the locale's language score: enough to settle a near tie, not to overrule the text. */
const LOCALE_PRIOR = 0.08;
/**
 * Without a Spanish or Portuguese locale, English wins unless another language scores this much
 * higher: English questions full of Latin American names ("who is luis alfonso de alba") score
 * close to Spanish, while real Spanish and Portuguese questions led by 0.15 or more when measured.
 */
const ENGLISH_BY_DEFAULT = 0.1;
/** Below this share of English words, English has no head start in doubt. */
const ENGLISH_DOUBT = 0.5;
/** A question this English by its words is English whatever its n-grams say (names look foreign). */
const ENGLISH_SHARE = 0.7;

type Detect = (text: string) => { getScores(): Record<string, number> };
let detector: Promise<Detect> | undefined;

/** Loads the detector (eld's small n-gram database, ~0.3 s) on first use; call early to warm it. */
export function loadLanguageDetector(): Promise<Detect> {
  // eld: Efficient Language Detector (Apache-2.0). It scored best of franc, tinyld and eld on
  // short questions in these three languages (see README, Languages).
  detector ??= import('eld/small').then((m) => (text: string) => m.eld.detect(text));
  return detector;
}

/** The language a Discord locale ("es-ES", "es-419", "pt-BR", "en-US") names, if citebot reads it. */
export function languageOfLocale(locale: string | null | undefined): Language | null {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return base !== undefined && (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : null;
}

/** Share of the question's words that are common English words; `isName` words (the corpus's names) are left out. */
export function englishShare(text: string, isName: (word: string) => boolean = () => false): number {
  const all = (text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  // A name's particle goes with the name ("de Alba", "da Silva"): it says nothing of the question's language.
  // A name typed with a possessive but no apostrophe ("venezuelas") is still the name, and a
  // word without a vowel ("gdp", "oea") is an acronym: neither tells the question's language.
  const name = (w: string) => isName(w) || (w.endsWith('s') && isName(w.slice(0, -1)));
  const words = all.filter(
    (w, i) =>
      !name(w) &&
      /[aeiouáéíóúâêôãõà]/.test(w) &&
      !(NAME_PARTICLES.has(w) && all[i + 1] !== undefined && name(all[i + 1]!)) &&
      !sharedGrammar(w),
  );
  if (words.length === 0) return 1;
  return words.filter(english).length / words.length;
}

/** English grammar words that Spanish or Portuguese also write ("a", "no"): in English they are too common to leave out. */
const ENGLISH_TOO = new Set(['a', 'as', 'do', 'no', 'me']);

/**
 * A Spanish or Portuguese grammar word that an English dictionary also lists ("es", "la", "de",
 * "con"): it says nothing of the question's language, and "cual es la capital de venezuela" read
 * as three English words in five.
 */
function sharedGrammar(word: string): boolean {
  return !ENGLISH_TOO.has(word) && (isFunctionWord(word, 'es') || isFunctionWord(word, 'pt')) && english(word);
}

/**
 * A common English word, or chat shorthand for one. A letter on its own is no English word but
 * "a" and "I" (the word list holds every letter): "o" and "e" are Portuguese and Spanish articles
 * and conjunctions ("o que o Pompeo fez").
 */
function english(word: string): boolean {
  return ((word.length > 1 || /^[ai]$/.test(word)) && isEnglishWord(withoutDiacritics(word))) || isEnglishShorthand(word);
}

/** True when `text` writes a Spanish or Portuguese closed-class word that is no English word ("qual", "que", "o"). */
function writesForeignGrammar(text: string): boolean {
  const words = (text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  return words.some((w) => (isFunctionWord(w, 'es') || isFunctionWord(w, 'pt')) && !english(w));
}

/**
 * English grammar words that no Spanish or Portuguese question writes ("a", "no", "me" are
 * words of both, so they are not here).
 */
const ENGLISH_GRAMMAR = new Set(
  'and or vs versus the of to with about from for at by what who whos whats which how why when where is are was were did does this that his her their its'.split(
    ' ',
  ),
);

/** True when `text` writes an English grammar word that is no Spanish or Portuguese word. */
function writesEnglishGrammar(text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).some((w) => ENGLISH_GRAMMAR.has(w.toLowerCase()));
}

const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'la', 'le', 'van', 'von']);

/**
 * The language of `text`; `prior` is what the member's locale suggests. English when in doubt:
 * an English question read as Spanish would be translated into nonsense.
 */
export async function detectLanguage(
  text: string,
  prior: Language | null = null,
  isName: (word: string) => boolean = () => false,
): Promise<Language> {
  // Only Spanish opens a question or an exclamation with an inverted mark.
  if (/[¿¡]/u.test(text)) return 'es';
  const share = englishShare(text, isName);
  if (share >= ENGLISH_SHARE) return 'en';
  // Names joined by English grammar alone are English: "lula and dilma", "petro vs uribe".
  if (prior !== 'es' && prior !== 'pt' && writesEnglishGrammar(text) && !writesForeignGrammar(text)) return 'en';
  const scores = (await loadLanguageDetector())(text).getScores();
  // Doubt favours English unless English words are the fewer and a Spanish or Portuguese
  // grammar word no English question writes stands among them: "qual e a posicao do mexico" scored
  // closer to English than to Portuguese, while "evo morales coup" is English with foreign names.
  const doubt = share < ENGLISH_DOUBT && writesForeignGrammar(text) ? 0 : ENGLISH_BY_DEFAULT;
  let best: Language = 'en';
  let bestScore = -Infinity;
  for (const language of LANGUAGES) {
    const bonus = language === prior ? LOCALE_PRIOR : language === 'en' && (prior === null || prior === 'en') ? doubt : 0;
    const score = (scores[language] ?? 0) + bonus;
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return bestScore > 0 ? best : 'en';
}
