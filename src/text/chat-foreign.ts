/**
 * Casual Spanish and Portuguese chat → text a translation engine reads. Members type "xq
 * venezuela esta perdiendo apoyo" and "oq ta acontecendo": shorthand and left-out accents that
 * Apertium takes as unknown words or as other words ("por que" is "by that", "por qué" is
 * "why"). Only general conventions of each language live here, never a word of a corpus. Pure.
 */
import type { ForeignLanguage } from './language.js';
import { isLaughter } from './chat-filler.js';
import { rewriteForeignPhrases } from './chat-foreign-phrases.js';
import { FOREIGN_SHORTHAND } from './chat-foreign-shorthand.js';

/**
 * Spanish interrogatives lose their accent in chat, and without it they are relatives or
 * conjunctions to the engine. At the start of a question (or after a preposition that opens
 * it: "a quien", "de que", "por que") they are interrogatives.
 */
const INTERROGATIVE_ES: Record<string, string> = {
  que: 'qué',
  quien: 'quién',
  quienes: 'quiénes',
  cual: 'cuál',
  cuales: 'cuáles',
  cuando: 'cuándo',
  donde: 'dónde',
  adonde: 'adónde',
  como: 'cómo',
  cuanto: 'cuánto',
  cuanta: 'cuánta',
  cuantos: 'cuántos',
  cuantas: 'cuántas',
};
const ACCENTED_ES = new Set(Object.values(INTERROGATIVE_ES));
/** True when the word at `index` of `text` comes right after an accented Spanish question word ("qué paso"). */
export function followsQuestionWord(text: string, index: number): boolean {
  const before = /(?:^|[\s¿¡])(\p{L}+)\s+$/u.exec(text.slice(0, index));
  return before !== null && ACCENTED_ES.has(before[1]!.toLowerCase());
}

/** Forms of "estar" that lose their accent in chat and read as "this" without it. */
const AFTER_INTERROGATIVE_ES: Record<string, string> = { esta: 'está', estan: 'están' };
const OPENING_PREPOSITIONS_ES = new Set(['a', 'de', 'en', 'con', 'por', 'para', 'desde', 'hasta', 'sobre', 'y']);

/**
 * Portuguese "é" (is) and "está" lose their accent in chat, and "e" is then "and" to the engine:
 * "quem e o chanceler" reads "who and the chancellor". Right after an opening question word
 * they are the verb.
 */
const IS_AFTER_QUESTION_PT =
  /^([¿"“(]*(?:o\s+)?(?:que|quem|qual|quais|onde|quando|como|quanto|quantos|quanta|quantas))\s+(e|esta|estao)(?=\s|[?!.,]|$)/iu;
const IS_PT: Record<string, string> = { e: 'é', esta: 'está', estao: 'estão' };

/**
 * "Em que cidade", "em que ano" (in which city, year) opening a question: the engine reads "em
 * que" as "in that"; "em qual" it reads as asked.
 */
const IN_WHICH_PT = /^([¿"“(]*)(em)\s+que(?=\s+\p{L})/iu;

/**
 * Portuguese "país" (country) typed without its accent is "pais" (parents), which is plural:
 * after a singular article or contraction it is the country ("saindo do pais").
 */
const COUNTRY_PT = /\b(o|do|no|ao|pelo|num|um|esse|este|nesse|neste|desse|deste|nosso|seu|meu|mesmo|próprio|proprio)\s+pais\b/giu;

/** Expands shorthand and restores the accents of an opening interrogative (and the Portuguese verb after one). */
export function normalizeForeignChat(text: string, language: ForeignLanguage): string {
  const table = FOREIGN_SHORTHAND[language];
  const words = rewriteForeignPhrases(text.replace(/\s+/g, ' ').trim(), language).split(' ');
  const expanded = words.flatMap((raw) => {
    const m = /^([¿¡"“(]*)(.*?)([?!.,;:"”)]*)$/u.exec(raw)!;
    // "jaja", "kkkk": laughter is no word to translate, but its mark may end the question.
    if (isLaughter(m[2]!.toLowerCase(), language)) return m[3] === '' ? [] : [m[3]!];
    const replacement = table[m[2]!.toLowerCase()];
    return replacement === undefined ? [raw] : [`${m[1]}${replacement}${m[3]}`];
  });
  if (language === 'pt') {
    return expanded
      .join(' ')
      .replace(IS_AFTER_QUESTION_PT, (_, asked: string, verb: string) => `${asked} ${IS_PT[verb.toLowerCase()]}`)
      .replace(IN_WHICH_PT, '$1$2 qual')
      .replace(COUNTRY_PT, (_, before: string) => `${before} país`);
  }
  if (language !== 'es') return expanded.join(' ');
  // Each clause opening ("¿", start, after a comma or "y") may start with an interrogative.
  let opening = true;
  let asked = false;
  return expanded
    .map((raw) => {
      const m = /^([¿¡"“(]*)(.*?)([?!.,;:"”)]*)$/u.exec(raw)!;
      const lower = m[2]!.toLowerCase();
      const accented = INTERROGATIVE_ES[lower];
      let out = raw;
      // "dónde esta Maduro", "qué esta pasando": after a question word, "esta" is the verb "está".
      const verb = asked ? AFTER_INTERROGATIVE_ES[lower] : undefined;
      asked = false;
      if (verb !== undefined) {
        out = `${m[1]}${verb}${m[3]}`;
      } else if ((opening || m[1]!.includes('¿')) && accented !== undefined) {
        asked = m[3] === '';
        out = `${m[1]}${/^\p{Lu}/u.test(m[2]!) ? accented[0]!.toUpperCase() + accented.slice(1) : accented}${m[3]}`;
        opening = false;
      } else {
        // Typed with its accent already ("¿Dónde esta …").
        asked = ACCENTED_ES.has(lower) && m[3] === '';
        // A preposition at the opening keeps it open: "a quien", "por que", "de que".
        opening = (opening && OPENING_PREPOSITIONS_ES.has(lower)) || /[,;:]$/.test(raw);
      }
      return out;
    })
    .join(' ');
}
