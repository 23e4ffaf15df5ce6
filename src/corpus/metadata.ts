import { cleanText } from './clean.js';

/** Derived titles are cut to about this many characters, at a word boundary. */
const MAX_DERIVED_TITLE = 100;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Normalises a publication date to an ISO date (`2019-07-04`) or keeps a partial one (`2019`,
 * `2019-04`). Date-times keep the calendar date as written, ignoring the time zone, since that
 * is the date the outlet printed. Unparseable text is kept as written; empty values are null.
 */
export function normalizePublished(value: unknown): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    // YAML dates are midnight UTC: read them in UTC or they may shift by a day.
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/u.test(text)) return text;
  const isoPrefix = /^(\d{4}-\d{2}-\d{2})[T\s]/u.exec(text);
  if (isoPrefix) return isoPrefix[1]!;
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return text;
  // Free-form dates ("4 July 2019") are parsed as local midnight: read them back locally.
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
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
