import type { QuoteSelection, QuoteSpan } from './quotes.js';

/**
 * Merges quotes of one article that overlap or touch (only whitespace between them), so the
 * same text is never shown twice. Input order is kept for the first quote of each merged group;
 * text stays skipped only where no quote of the group shows it.
 * Touching in the cleaned text is not touching in the corpus file: a merged span may reach
 * across a line cleaning removed, which the caller marks (answer/compose records the gaps).
 */
export function mergeOverlapping<T extends QuoteSelection>(articleText: string, quotes: readonly T[]): T[] {
  const out: T[] = [];
  for (const quote of quotes) {
    const hit = out.findIndex(
      (q) =>
        (quote.start <= q.end && q.start <= quote.end) ||
        articleText.slice(Math.min(q.end, quote.end), Math.max(q.start, quote.start)).trim() === '',
    );
    if (hit < 0) out.push({ ...quote });
    else out[hit] = joined(articleText, out[hit]!, quote);
  }
  return out;
}

/** `a` widened to hold `b`: skipped is what neither shows, less any whitespace-only stretch. */
function joined<T extends QuoteSelection>(articleText: string, a: T, b: QuoteSelection): T {
  const start = Math.min(a.start, b.start);
  const end = Math.max(a.end, b.end);
  const shown = [...shownParts(a), ...shownParts(b)].sort((x, y) => x.start - y.start);
  const skipped: QuoteSpan[] = [];
  let reached = start;
  for (const part of shown) {
    if (part.start > reached && articleText.slice(reached, part.start).trim() !== '') skipped.push({ start: reached, end: part.start });
    reached = Math.max(reached, part.end);
  }
  return { ...a, start, end, skipped };
}

/** The stretches of a quote that are shown: its span less what it skips. */
function shownParts(q: QuoteSelection): QuoteSpan[] {
  const parts: QuoteSpan[] = [];
  let from = q.start;
  for (const skip of [...q.skipped].sort((x, y) => x.start - y.start)) {
    if (skip.start > from) parts.push({ start: from, end: skip.start });
    from = Math.max(from, skip.end);
  }
  if (q.end > from) parts.push({ start: from, end: q.end });
  return parts;
}
