import type { KeyTerm } from './key-terms.js';
import { MONTH_NAMES, monthNumber } from '../text/months.js';
import { tokenize } from '../text/tokenize.js';

/**
 * A day of a month asked about ("the july 30 vote", "on 6 August", "the 24th of march") is one
 * thing a passage must write as such: "In July last year … 30%" names a month and a figure, not
 * July 30. Stems are matched one by one, so a day is carried by a term of its own, which the
 * sentences writing it carry too (as a stance is; see stance.ts). Pure; English.
 */

const PREFIX = '#day:';

/** What a sentence writing a day carries, and what a question asking it asks: no word stems to it. */
export function dayTerm(month: number, day: number): string {
  return `${PREFIX}${month}-${day}`;
}

/** True when `term` is a day asked about ({@link dayTerm}). */
export function isDay(term: { alternatives: readonly (readonly string[])[] }): boolean {
  return term.alternatives[0]?.[0]?.startsWith(PREFIX) === true;
}

/** A day of a month as a figure, with or without its ending ("30", "30th"), and the ending alone. */
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/i;
const ORDINAL = /^(?:st|nd|rd|th)$/i;

function dayOf(word: string | undefined): number | null {
  const m = DAY.exec(word ?? '');
  const day = m === null ? 0 : Number(m[1]);
  return day >= 1 && day <= 31 ? day : null;
}

/** The day asked about from the word at `i` on, with the last word it takes; null when none starts there. */
export function dayAt(words: readonly { word: string }[], i: number): { month: number; day: number; last: number } | null {
  const at = (k: number) => words[k]?.word ?? '';
  // A question's words may part a figure from its ending ("30", "th").
  const ending = (k: number) => (ORDINAL.test(at(k)) ? k : k - 1);
  const month = monthNumber(at(i));
  // "July 30", "July 30th".
  if (month !== null) {
    const day = dayOf(at(i + 1));
    return day === null ? null : { month, day, last: ending(i + 2) };
  }
  // "30 July", "30th of July".
  const day = dayOf(at(i));
  if (day === null) return null;
  const next = ending(i + 1) + 1;
  const after = at(next).toLowerCase() === 'of' ? next + 1 : next;
  const named = monthNumber(at(after));
  return named === null ? null : { month: named, day, last: after };
}

/**
 * The key term for a day asked about ("July 30"), weighing as a name does. The index holds no
 * days, only their words: the corpus may write it when it writes both the month and the figure
 * (`documentShare` of a stemmed word).
 */
export function dayKeyTerm(
  day: { month: number; day: number; last: number },
  first: number,
  documentShare: (term: string) => number,
  weight: number,
): KeyTerm {
  const month = MONTH_NAMES[day.month - 1]!;
  const inCorpus = [month, String(day.day)].every((w) => tokenize(w).every((t) => documentShare(t) > 0));
  return {
    text: `${month[0]!.toUpperCase()}${month.slice(1)} ${day.day}`,
    alternatives: [[dayTerm(day.month, day.day)]],
    entity: true,
    inCorpus,
    weight,
    words: { first, last: day.last },
  };
}

/**
 * A month news writes in capitals, cut short or not, with a figure for its day before or after
 * it: "July 30", "4 Jul", "the 6th of August". "may 5" in lower case is a verb and a figure.
 */
const WRITTEN =
  /\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(\p{Lu}[a-z]{2,8})\.?|(\p{Lu}[a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?)(?!\d|,\d{3})/gu;

/** The {@link dayTerm} of every day of a month `text` writes. */
export function daysWritten(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WRITTEN)) {
    const month = monthNumber(m[2] ?? m[3]!);
    const day = dayOf(m[1] ?? m[4]);
    if (month !== null && day !== null) out.push(dayTerm(month, day));
  }
  return out;
}
