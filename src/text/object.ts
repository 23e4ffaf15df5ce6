import { nextTo, wordsOf, type SentenceWord } from './words.js';

/** Words after which a name is the object of a preposition ("support for Guaido"); "with" is left out: "with Popolizio saying". */
const PREPOSITION =
  /^(?:to|for|of|by|against|behind|from|about|as|toward|towards|than|over|under|into|onto|on|at|between|among|including|like|via|upon)$/i;

/**
 * True when the name ending at word `i` stands as an object, so what the sentence says of its
 * subject is another's: after a preposition, an infinitive ("to install Guaido") or, as a
 * possessive, a past verb ("eleven members recognized Guaido's government and pledged …").
 * Pure; English.
 */
export function isObject(sentence: string, words: readonly SentenceWord[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^\p{Lu}/u.test(words[k]!.text) && nextTo(sentence, words, k)) k--; // the rest of the name: "Juan Guaido"
  const before = words[k]?.text;
  // "The minister of Peru, Nestor Popolizio, said": a comma opens an apposition.
  if (before === undefined || !nextTo(sentence, words, k)) return false;
  if (PREPOSITION.test(before)) return true;
  if (words[k - 1]?.text.toLowerCase() === 'to' && /^\p{Ll}+$/u.test(before)) return true;
  // A past verb before a name's possessive: "recognized Guaido's government". Not before a bare name,
  // which an adjective may precede as well ("one unnamed White House official remarked").
  return /^\p{Ll}+ed$/u.test(before) && /[’']s$/.test(words[i]!.text);
}

/**
 * True when `sentence` names someone whose last word stems to one of `heads` other than as an
 * object: "The 29-year-old has finished second to Paula Radcliffe" gives another runner's age.
 */
export function namesAsSubject(sentence: string, heads: ReadonlySet<string>): boolean {
  const words = wordsOf(sentence);
  return words.some((w, i) => heads.has(w.stem) && !isObject(sentence, words, i));
}
