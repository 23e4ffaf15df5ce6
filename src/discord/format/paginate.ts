/**
 * Packing rendered blocks into Discord messages. A block (one quote with its source, one list
 * line) is never cut: messages break between blocks. Blocks must each fit in `limit`.
 */

/** Discord's hard limit on `content`, counted here in UTF-16 units (≥ the code points Discord counts). */
export const CONTENT_LIMIT = 2000;

export interface PackOptions {
  /** Maximum characters per message. */
  limit?: number;
  /** Text between blocks inside one message. */
  separator?: string;
  /** Beyond this many messages, the rest is left out and the last message says so. */
  maxMessages?: number;
  /** The visible note for left-out blocks (kept outside any quote). */
  overflowNote?: (hidden: number) => string;
}

/** Greedily fills messages with whole blocks, in order. */
export function pack(blocks: readonly string[], options: PackOptions = {}): string[] {
  const { limit = CONTENT_LIMIT, separator = '\n\n', maxMessages = Infinity } = options;
  const overflowNote = options.overflowNote ?? ((n: number) => `*… ${n} more not shown.*`);
  const pages: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const block of blocks) {
    if (block.length > limit) throw new RangeError(`block of ${block.length} characters exceeds ${limit}`);
    const added = current.length === 0 ? block.length : separator.length + block.length;
    if (current.length > 0 && length + added > limit) {
      pages.push(current);
      current = [];
      length = 0;
    }
    length += current.length === 0 ? block.length : separator.length + block.length;
    current.push(block);
  }
  if (current.length > 0) pages.push(current);
  if (pages.length <= maxMessages) return pages.map((page) => page.join(separator));

  // Keep the first pages, then drop blocks from the last kept page until the note fits.
  const kept = pages.slice(0, maxMessages);
  const last = kept[kept.length - 1]!;
  let hidden = pages.slice(maxMessages).reduce((n, page) => n + page.length, 0);
  const fits = () => [...last, overflowNote(hidden)].join(separator).length <= limit;
  while (!fits() && last.length > 0) {
    last.pop();
    hidden += 1;
  }
  last.push(overflowNote(hidden));
  return kept.map((page) => page.join(separator));
}

const LINE = 3;
const SENTENCE = 2;
const WORD = 1;

/** Every position where a piece may start, with how good a cut it makes there. */
function boundaries(text: string): { at: number; strength: number }[] {
  const cuts: { at: number; strength: number }[] = [];
  for (let i = 1; i < text.length; i += 1) {
    const before = text[i - 1]!;
    if (before === '\n') cuts.push({ at: i, strength: LINE });
    else if (/\s/.test(before) && !/\s/.test(text[i]!)) {
      const end = text.slice(Math.max(0, i - 8), i).trimEnd();
      cuts.push({ at: i, strength: /[.!?…]["'”’)\]]*$/.test(end) ? SENTENCE : WORD });
    }
  }
  return cuts;
}

/**
 * Splits `text` into consecutive pieces that each satisfy `fits`: each piece is as long as fits
 * allows, cut at a line break or sentence end when one lies in its last 40 %, else between
 * words; a single overlong word is cut between code points. Nothing is lost:
 * `pieces.join('') === text`. `fits` must grow stricter as a piece gets longer.
 */
export function splitToFit(text: string, fits: (piece: string) => boolean): string[] {
  const cuts = boundaries(text);
  const pieces: string[] = [];
  let start = 0;
  while (!fits(text.slice(start))) {
    const open = cuts.filter((c) => c.at > start);
    // Bisection for the last boundary whose prefix still fits.
    let lo = -1;
    let hi = open.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi + 1) / 2);
      if (fits(text.slice(start, open[mid]!.at))) lo = mid;
      else hi = mid - 1;
    }
    if (lo < 0) {
      const head = longestPrefix(text.slice(start), fits);
      pieces.push(head);
      start += head.length;
      continue;
    }
    const longest = open[lo]!.at;
    const floor = start + 0.6 * (longest - start);
    const better = [LINE, SENTENCE]
      .map((strength) => open.slice(0, lo + 1).findLast((c) => c.strength >= strength && c.at >= floor))
      .find((c) => c !== undefined);
    const end = better?.at ?? longest;
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Last resort for text without a usable boundary: the longest code-point prefix that fits. */
function longestPrefix(text: string, fits: (piece: string) => boolean): string {
  // Only the start can fit; a message is a few thousand characters, so this bounds the work.
  const chars = Array.from(text.slice(0, 8192));
  // Invariant: `lo` code points fit (one always does at Discord's limits).
  let lo = 1;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(chars.slice(0, mid).join(''))) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('');
}
