import type { KeyTerm } from './key-terms.js';
import { isDayOrMonthName, monthNumber, YEAR } from '../text/months.js';
import { wordsOf } from '../text/words.js';
import { withoutCarried } from '../text/insertions.js';

/** How many words apart a date and what it dates may stand: "the August 6 meeting", "met on Friday, 5 July". */
const REACH = 3;

const A_YEAR = new RegExp(`^${YEAR}$`);

/** A word of a date: a month or weekday as written (capitalised: "may" is a verb), a short month, or a year. */
function isDateWord(word: string): boolean {
  const bare = word.replace(/[.’'s]+$/u, '');
  return A_YEAR.test(bare) || (/^\p{Lu}/u.test(bare) && (isDayOrMonthName(bare) || monthNumber(bare) !== null));
}

/**
 * True when `sentence` writes a date beside one of the common words the question asks about:
 * "the August 6 meeting of the Lima Group" dates the meeting; "after the coup attempt in April,
 * Peru has invited … to the next Lima Group meet-up" dates the coup attempt, not the meeting.
 * Names are left out: they stand in every sentence of a story. Pure.
 */
export function datesAsked(sentence: string, terms: readonly KeyTerm[]): boolean {
  const stems = new Set(terms.filter((t) => !t.entity).flatMap((t) => t.alternatives.filter((f) => f.length === 1).map((f) => f[0]!)));
  if (stems.size === 0) return false;
  const text = withoutCarried(sentence);
  const words = wordsOf(text);
  const dates = words.flatMap((w, i) => (isDateWord(w.text) ? [i] : []));
  // A comma parts a clause: "Established in 2017, the Lima Group consists of …" dates no group.
  const together = (a: number, b: number) => !/[,;:]/.test(text.slice(words[Math.min(a, b)]!.end, words[Math.max(a, b)]!.start));
  return words.some((w, i) => stems.has(w.stem) && dates.some((d) => Math.abs(d - i) <= REACH && together(d, i)));
}
