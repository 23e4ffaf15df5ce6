/**
 * Machine translation of questions (and, on request, of quotes) between English and the
 * languages members often ask in. The corpus stays English and is always quoted as written:
 * a translation only helps citebot read a question, or is shown labelled as a translation.
 */

import type { ForeignLanguage } from '../text/language.js';

/** A translation into English, and the other English words the engine's dictionary offers. */
export interface EnglishReading {
  text: string;
  /**
   * For each content word (noun, verb, adjective, adverb) with more than one English
   * equivalent, all of them, the engine's own choice first: "apoyar" → [lean, support]. Empty
   * when the engine cannot tell.
   */
  choices: string[][];
}

/** A translation engine. Implementations fail with TRANSLATION_FAILED, never hang past their time limit. */
export interface Translator {
  /** Names the engine in logs and notes ("apertium", "apertium-apy"). */
  readonly name: string;
  /** English reading of `text`, written in `from`. Words the engine does not know pass through unchanged. */
  toEnglish(text: string, from: ForeignLanguage): Promise<EnglishReading>;
  /** `text` (English) in `to`; used only for labelled machine translations of quotes. */
  fromEnglish(text: string, to: ForeignLanguage): Promise<string>;
  /** Which of `words` (in `lang`) the engine's dictionary knows: used to put back accents people leave out. */
  knownWords(words: readonly string[], lang: ForeignLanguage): Promise<Set<string>>;
  /** Which of `words` the dictionary knows only as proper nouns ("México", not "Maduro", also an adjective). */
  properNouns(words: readonly string[], lang: ForeignLanguage): Promise<Set<string>>;
}
