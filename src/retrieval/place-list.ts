/**
 * Questions asking for several places ("which countries is Pompeo visiting") and passages that
 * list them ("Pompeo will travel to Colombia, Chile, Peru, and Paraguay"). A passage that only
 * says he "will be visiting several partnering countries in Latin America" shares more of the
 * question's words and answers nothing. Pure; English.
 */
import { isPlaceName } from '../text/geo.js';
import { splitSentences } from '../text/sentences.js';

/** "Which countries", "what Caribbean nations", "which country": the kind of place asked for, with up to two words describing it. */
const ASKS_PLACES = /\b(?:which|what)\s+((?:[\p{L}-]+\s+){0,2}?(countries|nations|cities|capitals|country|nation|city|capital))\b/iu;

/** The places a question asks which of: the word for them ("countries") and the words describing them ("caribbean countries"). */
export interface AskedPlaces {
  noun: string;
  phrase: string;
}

/** The places `question` asks which of, or null. */
export function askedPlaces(question: string): AskedPlaces | null {
  const m = ASKS_PLACES.exec(question);
  return m === null ? null : { noun: m[2]!.toLowerCase(), phrase: m[1]!.toLowerCase() };
}

/** True when `question` asks which places, in the plural. */
export function asksPlaces(question: string): boolean {
  return askedPlaces(question)?.noun.endsWith('s') ?? false;
}

/** A run of capitalised words: a name, which may be a place ("El Salvador", "United States"). */
const NAME = /\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*/gu;
/** What stands between two items of a list: a comma, "and" or "or", and perhaps "the". */
const BETWEEN = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/;

/** The runs of capitalised words in `sentence` that are a country, its people or its capital ("Mexico's", "the Dominican Republic"). */
export function placesIn(sentence: string): RegExpExecArray[] {
  return [...sentence.matchAll(NAME)].filter((m) => isPlaceName(m[0].replace(/[.’']+$/u, '')));
}

/** True when a sentence of `text` lists two or more places in a row: "Russia, China, Cuba, Bolivia and Turkey". */
export function listsPlaces(text: string): boolean {
  return splitSentences(text).some((s) => {
    const sentence = text.slice(s.start, s.end);
    const places = placesIn(sentence);
    return places.some((m, i) => {
      const next = places[i + 1];
      return next !== undefined && BETWEEN.test(sentence.slice(m.index + m[0].length, next.index));
    });
  });
}
