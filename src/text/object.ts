import { nextTo, wordsOf, type SentenceWord } from './words.js';

/** Words after which a name is the object of a preposition ("support for Guaido"); "with" is left out: "with Popolizio saying". */
const PREPOSITION =
  /^(?:to|for|of|by|against|behind|from|about|as|toward|towards|than|over|under|into|onto|on|at|between|among|including|like|via|upon)$/i;

const DETERMINER = /^(?:the|a|an)$/i;

/** A capitalised word that is not an acronym: part of a name or of the title before it. */
const isTitleWord = (words: readonly SentenceWord[], k: number) => /^\p{Lu}/u.test(words[k]!.text) && !/^\p{Lu}{2,}$/u.test(words[k]!.text);

/**
 * True when the name ending at word `i` stands as an object, so what the sentence says of its
 * subject is another's: after a preposition, an infinitive ("to install Guaido") or, as a
 * possessive, a past verb ("eleven members recognized Guaido's government and pledged …"), or
 * joined by "and" to a name that stands so ("allies of Mr Blair and Mr Brown").
 * Pure; English.
 */
export function isObject(sentence: string, words: readonly SentenceWord[], i: number): boolean {
  let k = i - 1;
  // The rest of the name and its title ("Juan Guaido", "Secretary of State Mike Pompeo"), up to an
  // acronym, which names a body of its own: "Representative to the UN Samuel Moncada accused".
  while (k >= 0 && nextTo(sentence, words, k) && (isTitleWord(words, k) || (k > 0 && words[k]!.text === 'of' && isTitleWord(words, k - 1))))
    k--;
  let before = words[k]?.text;
  // "The minister of Peru, Nestor Popolizio, said": a comma opens an apposition.
  if (before === undefined || !nextTo(sentence, words, k)) return false;
  // "support for the Lima Group": an article stands between the preposition and the name.
  if (DETERMINER.test(before) && k > 0 && nextTo(sentence, words, k - 1)) before = words[--k]!.text;
  if (PREPOSITION.test(before)) return true;
  // A name joined by "and" to one before it stands as that one does: "allies of Mr Blair and Mr Brown, said".
  if (/^(?:and|or)$/i.test(before) && k > 0 && nextTo(sentence, words, k - 1) && isTitleWord(words, k - 1))
    return isObject(sentence, words, k - 1);
  if (words[k - 1]?.text.toLowerCase() === 'to' && /^\p{Ll}+$/u.test(before) && !DETERMINER.test(before)) return true;
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
