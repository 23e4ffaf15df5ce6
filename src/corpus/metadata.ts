import { cleanText } from './clean.js';

/** Derived titles are cut to about this many characters, at a word boundary. */
const MAX_DERIVED_TITLE = 100;

const pad = (n: number) => String(n).padStart(2, '0');

/** A publication date as read: the normalised date, or null with what was written when it is no date. */
export interface ReadDate {
  published: string | null;
  /** The value as written when it names a day that does not exist (`2021-02-30`, `2021-13-45`). */
  invalid: string | null;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** An ISO date or partial date, or null when its month or day does not exist. */
function checkedIso(year: string, month?: string, day?: string): string | null {
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return null;
  if (day !== undefined && (Number(day) < 1 || Number(day) > daysIn(Number(year), Number(month)))) return null;
  return [year, month, day].filter((part) => part !== undefined).join('-');
}

/**
 * Reads a publication date as an ISO date (`2019-07-04`) or a partial one (`2019`, `2019-04`).
 * Date-times keep the calendar date as written, ignoring the time zone, since that is the date
 * the outlet printed. A date whose day does not exist is refused, never rolled over into the
 * next month. Unparseable free text is kept as written; empty values are null.
 */
export function readPublished(value: unknown): ReadDate {
  const ok = (published: string | null): ReadDate => ({ published, invalid: null });
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return ok(null);
    // YAML dates are midnight UTC: read them in UTC or they may shift by a day.
    return ok(`${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`);
  }
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return ok(null);
  const text = value.trim();
  if (text === '') return ok(null);
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s].*)?$/su.exec(text);
  if (iso && (iso[3] !== undefined || !/[T\s]/u.test(text))) {
    const checked = checkedIso(iso[1]!, iso[2], iso[3]);
    return checked === null ? { published: null, invalid: text } : ok(checked);
  }
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return ok(text);
  const year = String(parsed.getFullYear());
  const month = pad(parsed.getMonth() + 1);
  // "July 2019" names no day: the parser's "1" is not the outlet's.
  if (!/(^|\D)\d{1,2}(st|nd|rd|th)?(\D|$)/u.test(text)) return ok(`${year}-${month}`);
  // The parser rolls "February 30" over into March: the day it gives must be the day written.
  const day = parsed.getDate();
  if (!new RegExp(`(^|\\D)0?${day}(st|nd|rd|th)?(\\D|$)`, 'u').test(text)) return { published: null, invalid: text };
  // Free-form dates ("4 July 2019") are parsed as local midnight: read them back locally.
  return ok(`${year}-${month}-${pad(day)}`);
}

/** The normalised date of {@link readPublished}, or null. */
export function normalizePublished(value: unknown): string | null {
  return readPublished(value).published;
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut with "…". */
export function truncateAtWord(text: string, max: number = MAX_DERIVED_TITLE): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.search(/\s\S*$/u);
  const head = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '');
  return `${head}…`;
}

/**
 * A title for an article that has none: its first real line after cleaning. A short line
 * without a full stop is taken as the headline; otherwise the first sentence is used, cut to
 * about 100 characters. A sentence keeps its final punctuation (or gets "…" when cut), which
 * tells the cleaner the lede is not a headline copy to drop. Returns null when no text is left.
 */
export function deriveTitle(raw: string, outlet: string | null = null): string | null {
  const first = cleanText(raw, { outlet }).paragraphs[0]?.split('\n')[0]?.trim();
  if (!first) return null;
  const sentence = /^.{20,}?[.!?](?=["'”’)\]]*\s)/u.exec(first)?.[0] ?? first;
  return truncateAtWord(sentence);
}
