import type { QuotedPassage } from './types.js';

/**
 * A quote as shown: its contiguous parts, with a visible mark wherever cleaning removed text
 * between them (a cross-link or caption line). Both front ends render quotes through this, so
 * no quote ever silently joins text that is apart in the corpus file.
 */

/** Stands on its own line between two parts of a quote that are apart in the source. */
export const GAP_MARK = '[…]';

/** The parts of a quote that are each one contiguous span of the source, in order, trimmed. */
export function quoteParts(passage: Pick<QuotedPassage, 'quote' | 'gaps'>): string[] {
  const cuts = [...new Set(passage.gaps)].filter((g) => g > 0 && g < passage.quote.length).sort((a, b) => a - b);
  const bounds = [0, ...cuts, passage.quote.length];
  return bounds
    .slice(1)
    .map((end, i) => passage.quote.slice(bounds[i], end).trim())
    .filter((part) => part !== '');
}

/** The quote as one text: its parts joined by a line holding only {@link GAP_MARK}. */
export function markedQuote(passage: Pick<QuotedPassage, 'quote' | 'gaps'>): string {
  return quoteParts(passage).join(`\n${GAP_MARK}\n`);
}
