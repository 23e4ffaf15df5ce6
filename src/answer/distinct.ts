import type { RankInput } from '../retrieval/rerank.js';
import { quoteParts } from './quote-parts.js';
import type { QuotedPassage } from './types.js';

/** How many of the best-ranked passages are read for repeats. */
const READ = 20;

/** Sentences shorter than this say too little to tell one story from another ("He agreed."). */
const TELLING = 40;

/**
 * The ranked passages without those repeating a better-ranked one: a story a corpus holds in two
 * versions (a wire story run twice, edited between runs) is cut into passages at other places,
 * but most of its sentences are the same, and quoting it twice would take the place of a passage
 * that says something new (an article whose text is the same as another's is not loaded at all).
 * A passage repeats when at least half of its telling sentences stand in passages of other
 * articles kept before it. Returns `ranked` itself when nothing repeats. Pure.
 */
export function withoutRepeats<T extends RankInput>(ranked: readonly T[]): readonly T[] {
  // Each telling sentence kept, with the article it was kept from: an article's own passages
  // may share sentences where they overlap, and that is no repeat.
  const seen = new Map<string, string>();
  const kept = ranked.filter((c, i) => {
    // Far down, a passage's place does not change what is quoted.
    if (i >= READ) return true;
    const { text, articleId } = c.retrieved.passage;
    // A plain split is enough: two versions of a story split alike (splitting as quotes are is
    // several times slower, and this runs on every question).
    const sentences = text
      .split(/(?<=[.!?]["”’]?)\s+/)
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => s.length >= TELLING);
    const repeated = sentences.filter((s) => (seen.get(s) ?? articleId) !== articleId).length;
    if (sentences.length > 0 && repeated * 2 >= sentences.length) return false;
    for (const s of sentences) if (!seen.has(s)) seen.set(s, articleId);
    return true;
  });
  return kept.length === ranked.length ? ranked : kept;
}

/**
 * The quotes with each text shown once, at its first place: two versions of one story may
 * differ in their passages and still give the same sentence as the answer. A quote held
 * whole in one before it (spacing folded) is dropped. Pure.
 */
export function withoutRepeatedQuotes<T extends Pick<QuotedPassage, 'quote' | 'gaps' | 'skipped'>>(quotes: readonly T[]): T[] {
  const shown: string[] = [];
  return quotes.filter((q) => {
    // What a reader sees: text a quote skips is no repeat of it.
    const text = quoteParts(q).join(' ').replace(/\s+/g, ' ').trim();
    if (shown.some((s) => s.includes(text))) return false;
    shown.push(text);
    return true;
  });
}
