/**
 * The figures that count what a question asks how many of (read in counted.ts). A passage with
 * some figure near the question's names does not answer "how many Venezuelans are in Colombia" when its figure counts
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

/** A figure joined to a unit of time: an age or a length ("52-year", "three-day", "17-year-old"), not a count. */
const DURATION = new RegExp(
  String.raw`\b(?:\d[\d,.]*|${NUMBER_WORDS})-(?:year|month|week|day|hour|minute|decade|century)s?\b(?:-old)?`,
  'gi',
);
/** A figure that counts: digits not making a year, or a number word. */
const FIGURE = new RegExp(String.raw`^(?:\d[\d,.]*(?:m|bn|k)?|${NUMBER_WORDS})$`, 'i');
/** "One by one" and "one another" count nothing. */
const NO_COUNT_AFTER_ONE = /^(?:by|another|after)$/i;
/** Words saying a figure is wanted, not come about: "expected to get the 23 votes he needed". */
export const WANTED = /^(?:needs?|needed|expects?|expected|hopes?|hoped|wants?|wanted|aims?|aimed|requires?|required|targets?|targeted)$/i;

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
  done = false,
): boolean {
  // Words carried in from earlier in the article name what a sentence speaks of, not where its figure stands.
  const text = withoutCarried(read);
  if (where.length === 0) return stems.length === 0 || figureFor(text, stems, false, doing, done);
  // Asked where they are: the figure's sentence names the place as well.
  return splitSentences(text).some(({ start, end }) => {
    const sentence = text.slice(start, end);
    const words = new Set(tokenize(sentence));
    return (
      where.every((forms) => forms.some((form) => form.length > 0 && contains(words, form))) &&
      figureFor(sentence, stems, true, doing, done)
    );
  });
}

/**
 * True when `text` has a figure before a word beginning with one of `stems`, or any figure when
 * there are none; when `whole`, not one counting a part ("four of these"). A share counts only
 * when what follows it does what was asked (`doing`).
 */
function figureFor(text: string, stems: readonly string[], whole = false, doing: readonly string[] = [], done = false): boolean {
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
    // Asked how many there were, a figure wanted is none: "he expected to get the 23 votes he needed".
    const wanted = done && [...words.slice(Math.max(0, i - 2 * REACH), i), ...words.slice(i + 1, i + 4)].some((w) => WANTED.test(w));
    if (wanted) return false;
    for (let k = Math.max(0, i - REACH); k < i; k++) if (figure(k) || (plain(k) && share(k) && does(i))) return true;
    return false;
  });
}
