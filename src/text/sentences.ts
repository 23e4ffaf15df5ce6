import { sentenceSegments } from './segment.js';

/** A sentence of a text, with its character offsets (`text.slice(start, end)`). */
export interface Span {
  start: number;
  end: number;
}

// ICU's sentence rules break after abbreviations followed by a capital ("Sen. Marco Rubio").
// These are the ones news prose uses; a break right after one is undone.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'st',
  'pres',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vs',
  'inc',
  'corp',
  'ltd',
  'co',
  'jr',
  'sr',
  'u.s',
  'u.n',
  'u.k',
  'e.g',
  'i.e',
  'mt',
  'ft',
]);

/** Characters of a sentence's end read for an abbreviation: the longest ("sept.") and the character before it fit. */
const ABBREVIATION_TAIL = 16;

function endsWithAbbreviation(text: string): boolean {
  const match = /(?:^|[\s(“"‘'])([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.\s*$/.exec(text);
  return match !== null && ABBREVIATIONS.has(match[1]!.toLowerCase());
}

/**
 * Discord's user, nickname, role and channel mentions (`<@123>`, `<@!123>`, `<@&123>`, `<#123>`).
 * ICU breaks after the `!` of `<@!123>`, which cut a quote to begin `123…>, said`.
 */
const MENTION = /<(?:@[!&]?|#)\d+>/g;

/** A test for "is this offset strictly inside a mention", for increasing offsets (linear overall). */
function insideMention(text: string): (at: number) => boolean {
  const mentions = [...text.matchAll(MENTION)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let k = 0;
  return (at) => {
    while (k < mentions.length && mentions[k]!.end <= at) k += 1;
    return k < mentions.length && mentions[k]!.start < at;
  };
}

/**
 * Splits text into sentences with exact offsets; whitespace between sentences belongs to none.
 * Pure: the same text always gives the same spans.
 */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  const inMention = insideMention(text);
  for (const { segment, index } of sentenceSegments(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const start = offset + index + lead;
    const span = { start, end: start + trimmed.length };
    const previous = spans[spans.length - 1];
    // Only the tail is read: abbreviations are short, and re-reading a sentence that keeps growing
    // by merges ("Mr. Mr. Mr. …") would be quadratic.
    const tailStart = previous && Math.max(previous.start, previous.end - ABBREVIATION_TAIL) - offset;
    if (previous && (inMention(index) || endsWithAbbreviation(text.slice(tailStart, previous.end - offset)))) {
      previous.end = span.end;
    } else {
      spans.push(span);
    }
  }
  return spans;
}

/** Paragraph spans of a cleaned text (paragraphs are separated by blank lines). */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = m.index + lead;
    spans.push({ start, end: start + trimmed.length });
  }
  return spans;
}
