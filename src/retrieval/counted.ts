/**
 * What a question asking a count counts: "how many X", "the number of X", "the X count". The
 * figures that count it are read in count.ts. Pure; English.
 */
import { tokenize } from '../text/tokenize.js';
import { LIGHT_VERBS } from './question-words.js';

/** "How many", then what is counted, up to the verb or the end of the clause. */
const HOW_MANY = /\bhow many\s+([^?.!,;]+)/i;
/** "The number of X …", asked as "how many X …". */
const NUMBER_OF = /\bthe number of\s+([^?.!,;]+)/i;
/** Words before "count" or "tally" that name nothing counted: "the final tally". */
const TALLY_MODIFIERS = /^(?:final|total|official|latest|current|exact|overall|actual|full|last|new|initial|whole)$/i;
/** "The vote count on …", "the final tally of …": what is counted stands before the word. */
const TALLY = /\bthe\s+((?:[\p{L}-]+\s+){0,1}[\p{L}-]+)\s+(?:count|tally)\b([^?.!,;]*)/iu;
/** Where what is counted ends: the verb or the subject after it ("how many visas are they giving"). */
const CLAUSE_END =
  /^(?:are|were|is|was|did|do|does|has|have|had|got|get|gets|r|will|would|can|could|should|there|they|he|she|it|we|you|i)$/i;

/** After what is counted, the words that may carry on its phrase ("migrants from Chile", "members of the group"). */
const CARRIES_ON = /^(?:of|from|in|at|on|for|with|by|against|over|under|per|across|inside|outside|among|between|the|a|an)$/i;
/** A plural, as what a question counts mostly is: the word after it is its verb unless it carries the phrase on ("venezuelans live …"). */
const PLURAL = /^(?:[a-z]{2,}[^s\W]s|[a-z]*(?:people|men|children))$/i;

/** Stems of words that count people of any kind. */
const ANYONE = new Set(tokenize('people persons individuals folks ones'));
/** Verbs saying only that people are somewhere ("how many people live in China"): one list, read as stems and in BEING_IN. */
const LIVING = 'live lives lived living reside resides resided residing stay stays stayed staying';
const BEING = new Set(tokenize(LIVING));

/**
 * The words of a question asking a count ("how many X", "the number of X", "the X count"): what
 * it counts, and what follows (its verb and the rest); null for any other question.
 */
function countedParts(question: string): { counted: string[]; rest: string[] } | null {
  const tally = TALLY.exec(question);
  // "The final tally" counts nothing named: any figure may be it.
  if (tally)
    return { counted: tally[1]!.split(/\s+/).filter((w) => !TALLY_MODIFIERS.test(w)), rest: tally[2]!.trim().split(/\s+/).filter(Boolean) };
  const m = HOW_MANY.exec(question) ?? NUMBER_OF.exec(question);
  // "How many times" asks how often, which a figure of the events gives in their own word ("277 million enquiries were made").
  if (!m || /^times\b/i.test(m[1]!)) return null;
  const words = m[1]!.split(/\s+/);
  // A verb right after a plural is kept and what follows it is not: a figure may stand before
  // the verb of what it counts ("eleven of the group's members recognized"), while the verb's
  // object counts nothing ("how many venezuelans live in colombia" is not "one by one … Colombia").
  const verb = words.findIndex((w, i) => i > 0 && PLURAL.test(words[i - 1]!) && !CARRIES_ON.test(w) && !CLAUSE_END.test(w));
  const clause = words.findIndex((w) => CLAUSE_END.test(w));
  const end = Math.min(...[verb < 0 ? Infinity : verb + 1, clause < 0 ? Infinity : clause, words.length]);
  // A light verb says little of what they did ("how many people went through the doors" is
  // answered by "140,000 shoppers … passed through"): the figure need not stand before it.
  return { counted: words.slice(0, end).filter((w, i) => i !== verb || !LIGHT_VERBS.has(w.toLowerCase())), rest: words.slice(end) };
}

/** The stems of what a "how many" question counts ("how many migrants from Venezuela were …" → migrant, venezuela), or [] for any other question. */
export function countedStems(question: string): string[] {
  const parts = countedParts(question);
  if (parts === null) return [];
  const stems = tokenize(parts.counted.join(' ')).filter((s) => s.length >= 3);
  // "How many people" is answered by a count of Venezuelans: a word for anyone counts anything,
  // but what they did still stands beside the figure ("how many people attended" is not "14 states").
  return stems.some((s) => ANYONE.has(s)) ? stems.filter((s) => !ANYONE.has(s) && !BEING.has(s)) : stems;
}

/** Adverbs that say how or when, not what was done: "have never sent" is asked by "sent". */
const HEDGES = new Set(tokenize('never ever still even actually already also just really yet again'));

/**
 * The first stems of what a "how many X" question asks X did ("… have never sent a picture
 * message" → sent, pictur), or []: a share of X doing just that answers it ("36% of camera
 * phone users have never sent"), though a share tells no number of X.
 */
export function countedDoing(question: string): string[] {
  return tokenize(countedParts(question)?.rest.join(' ') ?? '')
    .filter((s) => !HEDGES.has(s))
    .slice(0, 2);
}

/** Being somewhere, after what is counted: "are in Peru", "live in Colombia", "are there in the OAS". */
const BEING_IN = new RegExp(
  String.raw`\b(?:are|were|is|was|remain(?:s|ed|ing)?|${LIVING.replace(/ /g, '|')})(?:\s+(?:there|now|still|currently))?\s+(?:in|inside|at|within)\s+(.+)$`,
  'i',
);

/**
 * The stems of where a "how many X are in Y" question counts X (Y), or []: a figure for X
 * answers it only beside Y, not "the exodus of hundreds of thousands of Venezuelans" elsewhere.
 */
export function countedWhere(question: string): string[] {
  const counted = HOW_MANY.exec(question)?.[1];
  const where = counted === undefined ? undefined : BEING_IN.exec(counted)?.[1];
  return where === undefined ? [] : tokenize(where);
}
