import { tokenize } from '../text/tokenize.js';
import { HONORIFIC, isPostWord } from './role.js';

/** Titles of rank that, like titles of address (role.ts), stand where a first name would ("Prince Charles"). */
const RANKS = /^(?:prof|rev|st|king|queen|prince|princess)$/;

/** What the finder reads of each word of a text (see surfaceWords). */
interface Word {
  folded: string;
  capital: boolean;
  joined: boolean;
  opening: boolean;
}

/**
 * Nouns that end the name of a body, a contest or an event ("Uefa Cup", "World Bank", "Labour
 * Party"): written alone ("the Cup", "the Bank"), they stand for whichever one the story is
 * about, so none is the short form of any one name. "Knocked out of the FA Cup" says nothing of
 * the Uefa Cup.
 */
const BODY_NOUNS = new Set(
  (
    'cup cups trophy final finals games championship championships tournament series league open award awards prize festival ' +
    'group bank party council union committee commission association federation assembly parliament congress senate ministry ' +
    'department agency fund organisation organization corporation club board authority institute university college conference summit forum'
  ).split(' '),
);

/**
 * Finds a corpus's full names and the surnames it writes alone: news writes "Tom Hanks" once,
 * then "Hanks". A pair of capitalised words ending a capitalised run is a first name and a
 * surname when the corpus also writes the last word alone, inside a sentence, as a name, which
 * "Lima Group" and "Latin America" are not, and when the first word is not a place
 * ("Venezuela's Maduro"). Fed text by text while the vocabulary is counted.
 */
export class SurnameFinder {
  private readonly pairs = new Set<string>();
  private readonly alone = new Set<string>();

  /** Notes the capitalised words of one text that stand alone inside a sentence. */
  addWords(words: readonly Word[]): void {
    words.forEach((w, i) => {
      const next = words[i + 1];
      const afterName = w.joined && words[i - 1]?.capital === true;
      const beforeName = next !== undefined && next.joined && next.capital;
      if (w.capital && !w.opening && !afterName && !beforeName) this.alone.add(w.folded);
    });
  }

  /** Notes a capitalised run of two words (no connector): a candidate first name and surname. */
  addRun(run: readonly string[], connectors: ReadonlySet<string>): void {
    if (run.length === 2 && !run.some((w) => connectors.has(w.toLowerCase()))) this.pairs.add(run.join(' '));
  }

  /** Groups of [full name terms, surname terms], for the vocabulary's variants. */
  groups(fold: (word: string) => string, isName: (folded: string) => boolean, places: ReadonlySet<string>): string[][][] {
    const groups: string[][][] = [];
    for (const { pair, last } of this.fullNames(fold, isName, places)) {
      const full = tokenize(pair);
      const surname = tokenize(last);
      if (full.length === 2 && surname.length === 1) groups.push([full, surname]);
    }
    return groups;
  }

  /**
   * The first names and surnames the text writes (folded, as `fold` gives them): the words of
   * each pair of names ("Brendan Barber", "Ashley Cole"). A first name is one the text never
   * writes alone as a name: "Chelsea" stands alone as a club, "Brendan" only before a surname;
   * titles ("Mr", "Lord"), posts and places are no first names.
   */
  nameParts(
    fold: (word: string) => string,
    isName: (folded: string) => boolean,
    places: ReadonlySet<string>,
  ): { first: Set<string>; last: Set<string> } {
    const first = new Set<string>();
    const last = new Set<string>();
    for (const { first: given, last: surname } of this.namePairs(fold, places)) {
      if (!isName(given) || !isName(surname)) continue;
      last.add(surname);
      if (!this.alone.has(given) && !HONORIFIC.test(given) && !RANKS.test(given) && !isPostWord(given)) first.add(given);
    }
    return { first, last };
  }

  /** The pairs that are a first name and a surname (see the class). */
  private *fullNames(fold: (word: string) => string, isName: (folded: string) => boolean, places: ReadonlySet<string>) {
    for (const name of this.namePairs(fold, places)) if (this.alone.has(name.last) && isName(name.last)) yield name;
  }

  /** The pairs of names, folded, but those with a place or ending in a body's noun ("Uefa Cup"). */
  private *namePairs(fold: (word: string) => string, places: ReadonlySet<string>) {
    for (const pair of this.pairs) {
      const [first, last] = pair.split(' ').map(fold) as [string, string];
      if (!places.has(first) && !places.has(last) && !BODY_NOUNS.has(last)) yield { pair, first, last };
    }
  }
}
