import { tokenize } from '../text/tokenize.js';
import { HONORIFIC } from './role.js';

/** The longest capitalised run read for a short form ("Man Utd", "Lib Dems"). */
const MAX_PARTS = 3;
/** A word this long or shorter may be a short form of a longer one. */
const MAX_SHORT = 5;

/**
 * Whether `short` is a clipped or contracted form of `long`: its first letter, then letters of
 * `long` in order, and either its start ("Lib" of "Liberal", "Man" of "Manchester") or ending on
 * its last letter ("Utd" of "United"), at most 60% as long. A plural "s" closing both is set
 * aside ("Dems" of "Democrats"). A short form of two letters has no vowel ("St" of "Saint"), and
 * "Jo" is not "John".
 */
export function shortFormOf(short: string, long: string): boolean {
  if (short.length > 2 && long.length > 2 && short.endsWith('s') && long.endsWith('s') && !long.endsWith('ss'))
    return shortFormOf(short.slice(0, -1), long.slice(0, -1));
  if (short.length < 2 || (short.length === 2 && /[aeiouy]/.test(short))) return false;
  if (short[0] !== long[0] || short.length > 0.6 * long.length) return false;
  let at = 0;
  for (const letter of short) {
    at = long.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return long.startsWith(short) || short.at(-1) === long.at(-1);
}

/** A capitalised run and the articles writing it. */
interface Run {
  words: readonly string[];
  articles: Set<number>;
}

/**
 * Finds the names a corpus writes both in full and shortened, word by word: "Liberal
 * Democrats" and "Lib Dems", "Dundee United" and "Dundee Utd". A question writes one, a
 * passage the other. Only forms one article writes both of count: news names a thing in full,
 * then shortens it (or the headline does), while "Iron Man" and "Iron Maiden", or "Asia" and
 * "Australia", are never one. Fed the corpus's capitalised runs (folded words), then asked for the pairs.
 */
export class AbbreviatedNames {
  /** Runs by their length and first letters: a short form keeps every word's first letter. */
  private readonly byInitials = new Map<string, Map<string, Run>>();

  /** Notes one capitalised run of folded words, written in article number `article`; none led by a title ("Mr Gold" and "Mr Goldman" are two people). */
  addRun(folded: readonly string[], article: number): void {
    if (folded.length < 2 || folded.length > MAX_PARTS || HONORIFIC.test(folded[0]!) || folded.some((w) => !/^\p{L}+$/u.test(w))) return;
    const key = folded.map((w) => w[0]).join('');
    const runs = this.byInitials.get(key) ?? new Map<string, Run>();
    const run = runs.get(folded.join(' ')) ?? { words: folded, articles: new Set<number>() };
    run.articles.add(article);
    runs.set(folded.join(' '), run);
    this.byInitials.set(key, runs);
  }

  /**
   * Each shortened run with its full form, as token groups for the vocabulary's variants. A
   * place (`isPlace`, folded) is no short form: "India" is not "Indonesia" shortened.
   */
  groups(isPlace: (folded: string) => boolean): string[][][] {
    const groups: string[][][] = [];
    for (const runs of this.byInitials.values()) {
      const all = [...runs.values()];
      for (const short of all) {
        if (!short.words.some((w) => w.length <= MAX_SHORT)) continue;
        for (const long of all) {
          if (long === short || ![...short.articles].some((a) => long.articles.has(a))) continue;
          const shortened = short.words.every((w, i) => w === long.words[i] || (!isPlace(w) && shortFormOf(w, long.words[i]!)));
          if (shortened) groups.push([tokenize(short.words.join(' ')), tokenize(long.words.join(' '))]);
        }
      }
    }
    return groups.filter(([a, b]) => a!.length > 0 && b!.length > 0 && a!.join(' ') !== b!.join(' '));
  }
}
