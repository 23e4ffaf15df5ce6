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

const ABBREVIATED = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/i;

/** The month (1-12) a word names, in full or cut short ("Aug", "Sept", "august"); null for any other word. */
export function monthNumber(word: string): number | null {
  const m = ABBREVIATED.exec(word);
  return m ? MONTH_NAMES.findIndex((name) => name.startsWith(m[1]!.toLowerCase())) + 1 : null;
}
