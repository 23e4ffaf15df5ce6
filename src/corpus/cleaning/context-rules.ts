import { isDateOnly, TRAILING_ATTRIBUTION } from './line-rules.js';
import { endsSentence, isTitleCase, normalizeForCompare, significantWords, wordsOf } from './signals.js';
import type { Unit } from './units.js';

/**
 * Rules that judge a line by where it stands: the headline block at the top, datelines before
 * the story, and text repeated from the line next to it. See runs.ts for chrome between paragraphs.
 */

/** Only this many units at the top are searched for the repeated headline and datelines. */
const TOP_WINDOW = 8;
/** Lines before the headline longer than this are prose, not a tagline or navigation. */
const MAX_TOP_CHROME_CHARS = 200;

/** A month or weekday name, or a clock time: what makes a line a date rather than a number. */
const CALENDAR_DATE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d:\d\d/iu;

const words = (text: string) => new Set(normalizeForCompare(text).split(' ').filter((w) => w !== ''));

/**
 * Equal after normalisation, or nearly so: about the same length and sharing almost every word.
 * A lede that merely reuses the headline's words is longer and does not match.
 */
export function nearlyEqual(a: string, b: string): boolean {
  const na = normalizeForCompare(a);
  const nb = normalizeForCompare(b);
  if (na === '' || nb === '') return false;
  if (na === nb) return true;
  if (Math.min(na.length, nb.length) / Math.max(na.length, nb.length) < 0.8) return false;
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return (2 * shared) / (wa.size + wb.size) >= 0.85;
}

/**
 * Finds the headline repeated at the top of the body. Returns its index, or -1. Everything
 * above it (site taglines, section names, stray punctuation) is chrome too, so the headline
 * only counts as repeated when nothing above it is prose that no other rule dropped.
 */
export function findRepeatedHeadline(units: Unit[], title: string | undefined, rules: (string | null)[]): number {
  // A title ending like a sentence ("." "?" "!" or a cut "…") may be the lede itself (see
  // deriveTitle): losing a real paragraph is worse than keeping a headline copy.
  if (!title || title.trim() === '' || /[.!?…]$/u.test(title.trim())) return -1;
  const window = units.slice(0, TOP_WINDOW);
  const index = window.findIndex((u) => nearlyEqual(u.text, title));
  if (index === -1) return -1;
  const above = window.slice(0, index);
  return above.every((u, j) => rules[j] !== null || (u.text.length <= MAX_TOP_CHROME_CHARS && !isProse(u.text))) ? index : -1;
}

/** A paragraph of the story: a sentence of some length. Captions and labels are not. */
export function isProse(text: string): boolean {
  const n = wordsOf(text).length;
  return (n >= 8 && endsSentence(text)) || n >= 25;
}

/**
 * Chrome above the story, once a paragraph follows within the top window: a date with a year
 * or a clock time ("March 26, 2019", "Tuesday 14:05") is the page's dateline, and one or two
 * words above everything else ("World") are a section label. Further down, or in a story
 * without prose (a wire table), dates and short lines are schedules and table cells, and stay.
 */
export function topChromeRule(units: Unit[], i: number, rules: (string | null)[]): string | null {
  // Only the top window is searched: scanning every unit for every unit was quadratic (a file of
  // 250 000 one-word lines took six minutes to clean).
  const firstProse = units.slice(0, TOP_WINDOW).findIndex((u, j) => rules[j] === null && isProse(u.text));
  if (firstProse === -1 || i >= firstProse) return null;
  const text = units[i]!.text;
  if (isDateOnly(text) && CALENDAR_DATE.test(text) && /\b\d{4}\b|\d:\d\d/u.test(text)) return 'dateline';
  // Only above everything else that is kept: a short line inside a table stays.
  const leading = units.slice(0, i).every((u, j) => rules[j] !== null || isShortFragment(u.text));
  return leading && isShortFragment(text) ? 'short-fragment' : null;
}

/**
 * A short Title Case line without sentence punctuation: a headline, not a paragraph. Lines
 * shaped like list entries are left alone, since in news text they are content: numbered or
 * bulleted items ("47. Washington: Mercer Island", "B. Best Buy"), "Label: value" and
 * "Name — Work" pairs, bracketed notes ("Name (Team)"), comma lists ("Porto, Real Madrid,
 * Werder Bremen"), all-capitals table rows and rows of figures.
 */
export function looksLikeHeadline(text: string): boolean {
  if (text.length > 160 || endsSentence(text)) return false;
  const n = wordsOf(text).length;
  if (n < 3 || n > 20) return false;
  if (/^(\d+[.)]|\p{L}[.)]|[•·▪*])\s|[()[\]]|:\s|\S\s[–—]\s|,.*,/u.test(text)) return false;
  if (!/\p{Ll}/u.test(text) || wordsOf(text).filter((w) => /\d/u.test(w)).length > 1) return false;
  return isTitleCase(text) && significantWords(text).filter((w) => /^\p{L}/u.test(w)).length >= 3;
}

/** One or two words without sentence punctuation: "World", "Newsfeed", "0". */
export function isShortFragment(text: string): boolean {
  return text.length <= 60 && wordsOf(text).length <= 2 && !endsSentence(text);
}

/** Normalised text minus a trailing " - Site" attribution. */
function core(units: Unit[], i: number, normalized: string[]): string {
  const text = units[i]!.text;
  return TRAILING_ATTRIBUTION.test(text) ? normalizeForCompare(text.replace(TRAILING_ATTRIBUTION, '')) : normalized[i]!;
}

/**
 * A line whose text (30+ characters) is repeated inside the line just before or after it:
 * a caption printed twice, or a pull quote next to its paragraph. A trailing " - Site"
 * attribution is ignored. Of two equal lines the second goes; a longer line is judged by
 * {@link isCaptionTwin}. `normalized[i]` is `normalizeForCompare(units[i].text)`.
 */
export function repeatsNeighbour(units: Unit[], i: number, normalized: string[]): boolean {
  const own = core(units, i, normalized);
  if (own.length < 30) return false;
  const check = (j: number) => {
    const theirs = normalized[j];
    if (theirs === undefined) return false;
    return theirs.includes(own) && (theirs.length > own.length || j < i);
  };
  return check(i - 1) || check(i + 1);
}

/**
 * The longer copy of a twice-printed caption: it holds the neighbouring line plus a few words
 * (a photo credit glued on, "Jane DoeThe mayor speaks ...") and does not end a sentence. A
 * paragraph next to its pull quote is much longer, and a duplicated paragraph ends with a full
 * stop, so both stay.
 */
export function isCaptionTwin(units: Unit[], i: number, normalized: string[]): boolean {
  if (endsSentence(units[i]!.text)) return false;
  const mine = normalized[i]!;
  return [i - 1, i + 1].some((j) => {
    if (j < 0 || j >= units.length) return false;
    const theirs = core(units, j, normalized);
    return theirs.length >= 30 && theirs.length < mine.length && mine.includes(theirs) && mine.length - theirs.length < 40;
  });
}
