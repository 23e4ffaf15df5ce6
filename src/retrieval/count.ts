/**
 * "How many X" questions and the figures that count X. A passage with some figure near the
 * question's names does not answer "how many Venezuelans are in Colombia" when its figure counts
 * something else ("a 52-year long armed conflict"): a count stands just before what it counts
 * ("150,000 Venezuelans", "eleven of the group's members"). Pure; English.
 */
import { withoutCarried } from '../text/insertions.js';
import type { KeyTerm } from './key-terms.js';
import { contains } from './naming.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { isDayOrMonthName, isYear } from '../text/months.js';
import { NUMBER_WORDS } from '../text/numbers.js';
import { LIGHT_VERBS } from './question-words.js';

/** "How many", then what is counted, up to the verb or the end of the clause. */
const HOW_MANY = /\bhow many\s+([^?.!,;]+)/i;
/** "The number of X …", asked as "how many X …". */
const NUMBER_OF = /\bthe number of\s+([^?.!,;]+)/i;
/** "The vote count on …", "the final tally of …": what is counted stands before the word. */
const TALLY_MODIFIERS = /^(?:final|total|official|latest|current|exact|overall|actual|full|last|new|initial|whole)$/i;
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

/** Adverbs that say how or when, not what was done: "have never sent" is asked by "sent". */
const HEDGES = new Set(tokenize('never ever still even actually already also just really yet again'));

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

/** A figure joined to a unit of time: an age or a length ("52-year", "three-day", "17-year-old"), not a count. */
const DURATION = new RegExp(
  String.raw`\b(?:\d[\d,.]*|${NUMBER_WORDS})-(?:year|month|week|day|hour|minute|decade|century)s?\b(?:-old)?`,
  'gi',
);
/** A figure that counts: digits not making a year, or a number word. */
const FIGURE = new RegExp(String.raw`^(?:\d[\d,.]*(?:m|bn|k)?|${NUMBER_WORDS})$`, 'i');
/** "One by one" and "one another" count nothing. */
const NO_COUNT_AFTER_ONE = /^(?:by|another|after)$/i;
/** How many words before the counted word a figure may stand ("more than 14 million power cables"). */
const REACH = 5;

/**
 * True when `text` gives a figure for one of `stems`: a figure within a few words before a word
 * that begins with one of them ("Venezuelans" counts "venezuela"), in a sentence naming each of
 * `where` by one of its forms. With no stems, any figure counts, and without `where` any text.
 */
export function countsAny(
  read: string,
  stems: readonly string[],
  where: readonly KeyTerm['alternatives'][] = [],
  doing: readonly string[] = [],
): boolean {
  // Words carried in from earlier in the article name what a sentence speaks of, not where its figure stands.
  const text = withoutCarried(read);
  if (where.length === 0) return stems.length === 0 || figureFor(text, stems, false, doing);
  // Asked where they are: the figure's sentence names the place as well.
  return splitSentences(text).some(({ start, end }) => {
    const sentence = text.slice(start, end);
    const words = new Set(tokenize(sentence));
    return (
      where.every((forms) => forms.some((form) => form.length > 0 && contains(words, form))) && figureFor(sentence, stems, true, doing)
    );
  });
}

/**
 * True when `text` has a figure before a word beginning with one of `stems`, or any figure when
 * there are none; when `whole`, not one counting a part ("four of these"). A share counts only
 * when what follows it does what was asked (`doing`).
 */
function figureFor(text: string, stems: readonly string[], whole = false, doing: readonly string[] = []): boolean {
  // A list's number opening a line ("4. The Caribbean countries are split") counts nothing, nor
  // does a span of time made a word ("its 52-year long armed conflict", "a three-day summit").
  const raw = text
    .replace(/(^|\n)\s*\d{1,2}[.)]\s/g, '$1')
    .replace(DURATION, ' ')
    .split(/[\s—–-]+/);
  const words = raw.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const stemOf = words.map((w) => tokenize(w.replace(/[’']s$/, ''))[0] ?? '');
  // A figure ending a name counts nothing ("fake Half-Life 2 keys, copies of the game"); one
  // after a month, a possessive or a comma does ("In February, eleven of the group's members").
  const named = (k: number) =>
    k > 0 && /^\p{Lu}[\p{L}\p{N}-]*$/u.test(raw[k - 1]!) && !isDayOrMonthName(words[k - 1]!) && !/[.!?]$/.test(raw[k - 2] ?? '.');
  // "One by one" ends in a "one" too, and "at one point" counts nothing.
  const idiom = (k: number) =>
    /^one$/i.test(words[k]!) &&
    (NO_COUNT_AFTER_ONE.test(words[k + 1] ?? '') || /^by$/i.test(words[k - 1] ?? '') || /^point$/i.test(words[k + 1] ?? ''));
  // A day before its month is a date: "on 11-15 April".
  const day = (k: number) => /^\d{1,2}$/.test(words[k] ?? '');
  const date = (k: number) => day(k) && (isDayOrMonthName(words[k + 1] ?? '') || (day(k + 1) && isDayOrMonthName(words[k + 2] ?? '')));
  // Asked how many there are in all, a part is no answer: "only four of these countries changed".
  const part = (k: number) => whole && /^of$/i.test(words[k + 1] ?? '') && /^(?:these|those|them|the|its|their)$/i.test(words[k + 2] ?? '');
  // A share counts nothing: "90% of those companies questioned" tells no number of companies.
  const share = (k: number) => /%$/.test(raw[k]!) || /^(?:percent|per)$/i.test(words[k + 1] ?? '');
  const plain = (k: number) => FIGURE.test(words[k]!) && !isYear(words[k]!) && !named(k) && !idiom(k) && !date(k) && !part(k);
  const figure = (k: number) => plain(k) && !share(k);
  // "36% of British camera phone users have never sent": a share of them doing what was asked.
  const does = (i: number) =>
    doing.length > 0 && stemOf.slice(i + 1, i + 1 + REACH).some((s) => s !== '' && doing.some((d) => s.startsWith(d)));
  if (stems.length === 0) return words.some((_, k) => figure(k));
  return stemOf.some((stem, i) => {
    if (stem === '' || !stems.some((s) => stem.startsWith(s))) return false;
    for (let k = Math.max(0, i - REACH); k < i; k++) if (figure(k) || (plain(k) && share(k) && does(i))) return true;
    return false;
  });
}
