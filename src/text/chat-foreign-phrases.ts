/**
 * Spanish and Portuguese chat phrases a translation engine misreads, written as the engine
 * reads them: an interjection opening the message ("oye", "pera,") that it translates as a
 * verb ("it hears", "pear"), and a month cut short beside a year or a day ("out 2022",
 * "15 ago") that it reads as another word ("out", "ago"). Only general conventions of each
 * language live here, never a word of a corpus. Pure.
 */
import type { ForeignLanguage } from './language.js';
import { YEAR } from './months.js';

/** Interjections that open a chat message and are never its verb or subject: "oye", "pera". */
const OPENERS: Record<ForeignLanguage, string> = {
  es: 'oye|oiga|oigan|che|ey|epa|wey|güey|guey|ntp',
  pt: 'pera|peraí|perai|pera aí|pera ai|pô|poxa|ué|ei',
};
/** Words that open a message as an interjection only when a comma or "and" sets them off: "mira, …", but "mira el video". */
const SET_OFF: Record<ForeignLanguage, string> = {
  es: 'mira|miren|bueno|pues|boludo|amigo|amigos|chicos|gente|a ver',
  pt: 'cara|mano|gente|olha|tipo|então|entao|ô|ó|ue',
};

/** Words opening a question, as chat types them (accents often left out). */
const QUESTION_WORDS: Record<ForeignLanguage, string> = {
  es: 'q|que|qué|quien|quién|quienes|cual|cuál|cuales|cuando|cuándo|donde|dónde|como|cómo|cuanto|cuánto|cuantos|cuántos|por|xq|pq',
  pt: 'q|que|quem|qual|quais|quando|onde|como|quanto|quantos|quantas|por|pq|oq|o',
};

/** Short forms of the months, as each language cuts them; only read as a month beside a year or a day. */
const SHORT_MONTHS: Record<ForeignLanguage, Record<string, string>> = {
  es: {
    ene: 'enero',
    feb: 'febrero',
    mar: 'marzo',
    abr: 'abril',
    may: 'mayo',
    jun: 'junio',
    jul: 'julio',
    ago: 'agosto',
    sep: 'septiembre',
    sept: 'septiembre',
    set: 'septiembre',
    oct: 'octubre',
    nov: 'noviembre',
    dic: 'diciembre',
  },
  pt: {
    jan: 'janeiro',
    fev: 'fevereiro',
    mar: 'março',
    abr: 'abril',
    mai: 'maio',
    jun: 'junho',
    jul: 'julho',
    ago: 'agosto',
    set: 'setembro',
    out: 'outubro',
    nov: 'novembro',
    dez: 'dezembro',
  },
};

/** "Does anyone know", opening or closing a question, asks nothing of the corpus. */
const ANYONE_KNOWS: Record<ForeignLanguage, RegExp> = {
  es: /^(?:alguien|algn|alguno)\s+(?:sabe|sabrá|sabra)\s*[,?]?\s*|\s*,?\s*(?:alguien|algn|alguno)\s+(?:sabe|sabrá|sabra)(?=\s*[?!.]*$)/giu,
  pt: /^(?:alguém|alguem|algm)\s+sabe\s*[,?]?\s*|\s*,?\s*(?:alguém|alguem|algm)\s+sabe(?=\s*[?!.]*$)/giu,
};

/**
 * The opening interjection of each language, built once. Only at the opening: inside a message
 * "mira" and "cara" are a verb and a face. Set off by a comma, "and", or the question word that
 * opens the question: "mano quem o peru convidou".
 */
function openerOf(language: ForeignLanguage): RegExp {
  const setOff = String.raw`(?:\s*[,.!]+\s*|\s+(?=(?:y|e|pero|mas|entonces|então|${QUESTION_WORDS[language]})\s))`;
  return new RegExp(String.raw`^(?:(?:${OPENERS[language]})(?:${setOff}|\s+)|(?:${SET_OFF[language]})${setOff})`, 'iu');
}
const OPENER: Record<ForeignLanguage, RegExp> = { es: openerOf('es'), pt: openerOf('pt') };
/** A word of three or four letters before a year ("out 2022", "dic de 2019"): a month when the language cuts one so. */
const BEFORE_YEAR = new RegExp(String.raw`(?<![\p{L}\d])(\p{L}{3,4})\.?\s+(?:de\s+|del\s+)?(?=${YEAR}\b|'\d\d\b)`, 'giu');

/** `text` without an opening interjection, its cut-short months written out. */
export function rewriteForeignPhrases(text: string, language: ForeignLanguage): string {
  const months = SHORT_MONTHS[language];
  return text
    .replace(ANYONE_KNOWS[language], '')
    .replace(OPENER[language], '')
    .replace(/(?<=\b\d{1,2}\s+(?:de\s+)?)(\p{L}{3,4})\.?(?=\s|$|[?!,.])/giu, (m, word: string) => months[word.toLowerCase()] ?? m)
    .replace(BEFORE_YEAR, (m, word: string) => {
      const month = months[word.toLowerCase()];
      return month === undefined ? m : `${month} de `;
    });
}
