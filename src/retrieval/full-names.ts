import { editDistance } from '../text/edit-distance.js';
import type { SurfaceWord } from './surface-words.js';

/** Longest run of capitalised words read for names written together ("Prime Minister Tony Blair"). */
const LONGEST_RUN = 5;

/**
 * The people a corpus names in full, by their parts: which words it uses as first names, which
 * as surnames, and which pairs of words it writes in one name. A member asking about someone the
 * corpus never mentions may type two words it knows apart ("brendan cole", where it writes
 * "Brendan Barber" and "Ashley Cole"): that full name is one it does not hold, though each word
 * is. Pure data, built with the vocabulary.
 */
export interface FullNames {
  /** Folded words the corpus writes only before a surname ("brendan"): first names. */
  readonly first: ReadonlySet<string>;
  /** Folded surnames it writes alone as well as after a first name ("cole"). */
  readonly last: ReadonlySet<string>;
  /** "first last" for every two words it writes in one run of capitalised words, in order (initials between allowed). */
  readonly together: ReadonlySet<string>;
}

/** Collects the pairs of words written in one run of capitalised words ("George W Bush" gives "george bush"). */
export class TogetherFinder {
  private readonly pairs = new Set<string>();

  /** Notes the runs of capitalised words of one text. */
  addWords(words: readonly SurfaceWord[]): void {
    let run: string[] = [];
    const flush = () => {
      for (let i = 0; i < run.length; i++)
        for (let j = i + 1; j < Math.min(run.length, i + LONGEST_RUN); j++) this.pairs.add(`${run[i]} ${run[j]}`);
      run = [];
    };
    for (const w of words) {
      if (!w.joined) flush();
      if (w.capital) run.push(w.folded);
      else flush();
    }
    flush();
  }

  /** The pairs seen so far. */
  together(): ReadonlySet<string> {
    return this.pairs;
  }
}

/**
 * True when `first` and `last` (folded words typed side by side) are a first name and a surname
 * the corpus writes, each of someone else, and never together: a full name it does not hold.
 */
export function unpairedName(names: FullNames, first: string, last: string): boolean {
  return names.first.has(first) && names.last.has(last) && !names.together.has(`${first} ${last}`);
}

/**
 * The full name the corpus writes that `first last` (typed side by side, a full name it does not
 * hold) is a misspelling of, one letter off in either word: "beverly knight" for the "Beverley
 * Knight" of a story, where "Beverly" is another person's first name. Null when none is, or
 * when more than one is (no guess between two people).
 */
export function respeltName(names: FullNames, first: string, last: string): { first: string; last: string } | null {
  if (!unpairedName(names, first, last) || Math.min(first.length, last.length) < 4) return null;
  const near = (a: string, b: string) => a !== b && editDistance(a, b, 1) <= 1;
  const found: { first: string; last: string }[] = [];
  for (const pair of names.together) {
    const [f, l] = pair.split(' ') as [string, string];
    if ((l === last && near(f, first)) || (f === first && near(l, last))) found.push({ first: f, last: l });
  }
  return found.length === 1 ? found[0]! : null;
}

/**
 * Puts right, in place, each pair of side-by-side `words` that {@link respeltName} reads as a
 * full name misspelt, and returns the corrections made ("beverly" → "beverley").
 */
export function respellNames<W extends { word: string; folded: string }>(words: W[], names: FullNames): { from: string; to: string }[] {
  const corrections: { from: string; to: string }[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const name = respeltName(names, words[i]!.folded, words[i + 1]!.folded);
    if (name === null) continue;
    for (const [at, to] of [
      [i, name.first],
      [i + 1, name.last],
    ] as const) {
      const w = words[at]!;
      if (w.folded === to) continue;
      corrections.push({ from: w.word, to });
      words[at] = { ...w, word: to, folded: to };
    }
  }
  return corrections;
}
