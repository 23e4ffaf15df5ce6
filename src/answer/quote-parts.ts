import type { QuoteFocus, QuotedPassage } from './types.js';

/**
 * A quote as shown: its contiguous parts, with a visible mark wherever cleaning removed text
 * between them (a cross-link or caption line) or the quote skips sentences. Both front ends
 * render quotes through this, so no quote ever silently joins text that is apart in the corpus file.
 */

/** Stands on its own line between two parts of a quote that are apart in the source. */
export const GAP_MARK = '[…]';

/** One contiguous part of a quote, trimmed, with where it starts in the quote. */
interface Part {
  text: string;
  at: number;
}

/** What the parts are cut from: a quote, where its source has gaps, and what it skips. */
type Shown = Pick<QuotedPassage, 'quote' | 'gaps' | 'skipped'>;

function parts(passage: Shown): Part[] {
  const skipped = passage.skipped ?? [];
  const edges = [...passage.gaps, ...skipped.flatMap((k) => [k.start, k.end])];
  const cuts = [...new Set(edges)].filter((g) => g > 0 && g < passage.quote.length).sort((a, b) => a - b);
  const bounds = [0, ...cuts, passage.quote.length];
  return bounds
    .slice(1)
    .map((end, i) => ({ from: bounds[i]!, end }))
    .filter(({ from, end }) => !skipped.some((k) => from >= k.start && end <= k.end))
    .map(({ from, end }) => {
      const raw = passage.quote.slice(from, end);
      return { text: raw.trim(), at: from + (raw.length - raw.trimStart().length) };
    })
    .filter((part) => part.text !== '');
}

/** The parts of a quote that are each one contiguous span of the source, in order, trimmed. */
export function quoteParts(passage: Shown): string[] {
  return parts(passage).map((p) => p.text);
}

/** The quote as one text: its parts joined by a line holding only {@link GAP_MARK}. */
export function markedQuote(passage: Shown): string {
  return markedFocus({ quote: passage.quote, gaps: passage.gaps, skipped: passage.skipped }).text;
}

/**
 * {@link markedQuote} with the passage's focus as offsets into it (null when it has none), the
 * gap marks that fall inside the focus included. Whitespace at the focus's edges is left out.
 */
export function markedFocus(passage: Shown & Pick<QuotedPassage, 'focus'>): { text: string; focus: QuoteFocus | null } {
  const separator = `\n${GAP_MARK}\n`;
  const all = parts(passage);
  const text = all.map((p) => p.text).join(separator);
  if (!passage.focus) return { text, focus: null };
  let offset = 0;
  const where = all.map((p) => {
    const start = offset;
    offset += p.text.length + separator.length;
    return { ...p, start };
  });
  // A quote offset → the marked text's offset. The focus opens in the first part holding text at
  // or after it, and closes in the last part holding text before it: never on a gap mark.
  const opening = (at: number) => {
    for (const p of where) if (at < p.at + p.text.length) return p.start + Math.max(0, at - p.at);
    return text.length;
  };
  const closing = (at: number) => {
    let before = 0;
    for (const p of where) {
      if (at <= p.at) return before;
      if (at <= p.at + p.text.length) return p.start + (at - p.at);
      before = p.start + p.text.length;
    }
    return before;
  };
  let start = opening(passage.focus.start);
  let end = closing(passage.focus.end);
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { text, focus: start < end && (start > 0 || end < text.length) ? { start, end } : null };
}
