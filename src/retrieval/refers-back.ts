/**
 * How news refers back to someone or something named before: "he", "they" or "the
 * 31-year-old" after a sentence naming them, "the new runway" after one naming the runway, and
 * sentences naming no one that speak of the headline's subject. Read by naming.ts to find the
 * sentences that speak of what a question asks about. Pure; English.
 */
import type { KeyTerm } from './key-terms.js';
import { isPlaceName } from '../text/geo.js';
import { isDayOrMonthName } from '../text/months.js';
import { nextTo, wordsOf } from '../text/words.js';

/**
 * A sentence's opening before its subject: a quotation mark, and a speaker's own frame ("I am
 * told he should be back by March", "We hope she …"), which leaves "he" the subject spoken of.
 */
const OPENING = String.raw`^\s*["“‘']?\s*(?:(?:i|we)(?:['’]m|\s+am|\s+are|\s+was|\s+were|\s+have been)?\s+(?:told|think|hope|believe|know|expect|understand|reckon|feel sure)\s+(?:that\s+)?)?`;
/** A sentence whose subject points back to someone named before: "He said", "The 31-year-old is concerned". */
export const REFERS_BACK = new RegExp(String.raw`${OPENING}(?:he|she|they|it|the \d{1,3}-year-old)\b`, 'i');
/** A pronoun opening a sentence, which points back to the subject before it ("the 31-year-old" may be anyone named). */
export const PRONOUN_BACK = new RegExp(String.raw`${OPENING}(?:he|she|they|it)\b`, 'i');

/** The pronoun "I", alone or contracted. */
const FIRST_PERSON = /^I(?:['’](?:m|ve|d|ll))?$/;

/**
 * True when the one name `sentence` writes, besides places, days and months, is the one of
 * `forms` (whose last words' stems are `heads`): a sentence after it that says "they" or "the 29-year-old" can mean no one else
 * ("Blues boss Jose Mourinho had promised to pick Cudicini. The 31-year-old will …" may). A run of
 * capitals is that name when it holds its last word, or when every word of it is a word of the
 * name written out ("Shares in the National Company for Cooperative Insurance (NCCI) soared …
 * They were trading 84% above the offer price"); a place is read whole ("Saudi Arabia's").
 */
export function onlyNamed(sentence: string, forms: readonly (readonly string[])[], heads: ReadonlySet<string>): boolean {
  const stems = new Set(forms.flat());
  const words = wordsOf(sentence);
  const runs: (typeof words)[] = [];
  // A name goes on over "of" or "for" ("Bank of England") and into the acronym written after it.
  // A possessive ends one ("Saudi Arabia's National Company").
  const joined = (i: number) =>
    words[i - 1] !== undefined &&
    !/['’]s$/.test(words[i - 1]!.text) &&
    (nextTo(sentence, words, i - 1) || /^\s*\(\s*$/.test(sentence.slice(words[i - 1]!.end, words[i]!.start)));
  words.forEach((w, i) => {
    // The pronoun "I" is capitalised but names no one.
    if (i === 0 || !/^\p{Lu}/u.test(w.text) || isDayOrMonthName(w.text) || FIRST_PERSON.test(w.text)) return;
    const last = runs.at(-1);
    const lastAt = last === undefined ? -1 : words.indexOf(last.at(-1)!);
    const bridged = lastAt === i - 2 && INSIDE_NAME.test(words[i - 1]!.text) && joined(i - 1) && joined(i);
    if (last !== undefined && ((lastAt === i - 1 && joined(i)) || bridged)) last.push(w);
    else runs.push([w]);
  });
  const place = (run: typeof words) =>
    isPlaceName(run.map((w) => w.text.replace(/['’]s$|[.!?'’]+$/, '')).join(' ')) ||
    run.every((w) => isPlaceName(w.text.replace(/[.!?'’]+$/, '')));
  return runs.every((run) => run.some((w) => heads.has(w.stem)) || run.every((w) => stems.has(w.stem)) || place(run));
}

/**
 * True when `sentence` opens with a name of `heads`, as its subject: "Ocean's Twelve, the sequel
 * starring George Clooney, … has gone straight to number one. It took $40.8m": a sentence after
 * it opening with "it" or "he" speaks of that subject, whoever else the sentence names.
 */
export function opensWith(sentence: string, heads: ReadonlySet<string>): boolean {
  const words = wordsOf(sentence);
  const end = words.findIndex((w, i) => !/^\p{Lu}/u.test(w.text) || (i > 0 && !nextTo(sentence, words, i - 1)));
  return words.slice(0, end < 0 ? words.length : end).some((w) => heads.has(w.stem));
}

/** Lower-case words inside a name: "Bank of England", "Company for Cooperative Insurance". */
const INSIDE_NAME = /^(?:of|for|and|de|del|da)$/;

/** How many words may stand between "the" and the noun it refers back with: "the £2bn cost of the new runway". */
const DEFINITE_REACH = 2;

/**
 * True when `sentence` refers back with "the" to a thing asked about (one of `common`, one word)
 * that the sentence before it (`prior`, its stems) speaks of: "BAA's expansion of Stansted
 * Airport by building an extra runway … Opponents say the £2bn cost of the new runway could not
 * be met": the new runway is the one just named, Stansted's.
 */
export function refersBackTo(sentence: string, common: readonly KeyTerm[], prior: ReadonlySet<string>): boolean {
  const stems = new Set(common.flatMap((t) => t.alternatives.filter((f) => f.length === 1 && prior.has(f[0]!)).map((f) => f[0]!)));
  if (stems.size === 0) return false;
  const words = wordsOf(sentence);
  return words.some(
    (w, i) =>
      stems.has(w.stem) &&
      words
        .slice(Math.max(0, i - DEFINITE_REACH - 1), i)
        .some((b, k, all) => /^the$/i.test(b.text) && all.slice(k).every((x, m) => m === 0 || /^\p{Ll}/u.test(x.text))),
  );
}

/** True when no word of `sentence` but its first is capitalised: it names no one and nothing. */
export function namesNoOne(sentence: string): boolean {
  return !/\s[“"‘'(]?\p{Lu}/u.test(sentence.trim());
}
