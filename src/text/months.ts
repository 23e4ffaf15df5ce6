/** Month names in English, January first. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The usual short forms of the months' names, as a pattern for building others ("May" is whole). */
export const SHORT_MONTH = 'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';

/** A month's name or its usual short form, as a pattern for building others ("sept", "october"). */
export const MONTH_WORD = `(?:${MONTH_NAMES.join('|')}|${SHORT_MONTH})`;

/** A month's name or its usual short form: "market" and "decision" are no months. */
const MONTH = new RegExp(String.raw`^(?:(?:${SHORT_MONTH})\.?|${MONTH_NAMES.join('|')})$`, 'i');

/** The month (1-12) a word names, in full or cut short ("Aug", "Sept", "august"); null for any other word. */
export function monthNumber(word: string): number | null {
  if (!MONTH.test(word)) return null;
  const start = word.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((name) => name.startsWith(start)) + 1;
}

/** The days of the week as a pattern ("monday" … "sunday"), for building others. */
export const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;

const DAY_OR_MONTH = new RegExp(String.raw`^(?:${WEEKDAY}|${MONTH_NAMES.join('|')})$`, 'i');

/** True when `word` is the full name of a day or a month ("Wednesday", "June"). */
export function isDayOrMonthName(word: string): boolean {
  return DAY_OR_MONTH.test(word);
}

/** A year as news writes one, 1800-2099, as a pattern for building others (no anchors, no flags). */
export const YEAR = String.raw`(?:1[89]|20)\d\d`;

const A_YEAR = new RegExp(String.raw`^${YEAR}$`);
/** True when `word` is a year in figures, and nothing more ("2019", not "2019s" or "19"). */
export function isYear(word: string): boolean {
  return A_YEAR.test(word);
}
