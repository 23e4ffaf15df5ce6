/**
 * Words added to a text where it is read, never where it is quoted: what a reader carries into a
 * sentence from earlier in its article ("The Secretary General" is Almagro; "The meeting" is the
 * August 6 one). Pure.
 */

/** Text to add at an offset of the source. */
export interface Insertion {
  /** Offset in the source the text goes at. */
  at: number;
  /** What goes there, with its own leading space. */
  text: string;
}

/**
 * The source from `start` to `end` with each insertion whose offset lies after `start` and at
 * most at `end` put in; insertions at one offset keep their order.
 */
export function withInsertions(source: string, insertions: readonly Insertion[], start: number, end: number): string {
  const inside = insertions
    .map((insertion, order) => ({ ...insertion, order }))
    .filter((i) => i.at > start && i.at <= end)
    .sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let at = start;
  for (const i of inside) {
    out += source.slice(at, i.at) + i.text;
    at = i.at;
  }
  return out + source.slice(at, end);
}

/** Words carried into a sentence from earlier in its article, marked so that no fact is read from them. */
export function carriedWords(words: readonly string[]): string {
  return ` [${words.join(' ')}]`;
}

/**
 * `text` without the words carried into it (see carriedWords): they say what a sentence speaks
 * of, never a fact it gives. "The meeting will focus on … [August Lima Group]" does not say when.
 */
export function withoutCarried(text: string): string {
  return text.includes('[') ? text.replace(CARRIED, '') : text;
}

const CARRIED = / \[[^\]\n]*\]/g;
