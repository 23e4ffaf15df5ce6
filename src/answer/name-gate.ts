/**
 * Asked the name of someone the question only describes ("what's the name of the make up artist
 * suing snoop dogg"), whether a passage naming the most of what is asked names that person beside
 * the word for them. Pure; English.
 */
import { askedName } from '../retrieval/asked-name.js';
import type { KeyTerm, QuestionAnalysis } from '../retrieval/key-terms.js';
import { isPlaceName } from '../text/geo.js';
import { isDayOrMonthName } from '../text/months.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { wordsOf, type SentenceWord } from '../text/words.js';
import { mostNaming, type HeadPassage } from './gates.js';
import { placesUnwritten } from './place-gate.js';

/** Someone asked the name of whom no passage names. */
export interface NamelessPerson {
  /** The question's words for them ("make up artist", "david miliband's wife"). */
  phrase: string;
  /** The names of the question the corpus mentions, as its terms. */
  names: readonly KeyTerm[];
}

/** How many words may stand between the word for the person and their name: "his wife, Louise", "make-up artist Jane Doe". */
const REACH = 2;

/** A sentence that says it withholds the name: "an unnamed White House official", "who asked not to be named". */
const WITHHELD = /\b(?:unnamed|anonymous|unidentified|not (?:be |been )?(?:named|identified)|name (?:was )?withheld)\b/i;

/**
 * True when word `i` of `words` opens a name that is no place, day or month, and none the
 * question gives: capitalised inside the sentence (any word opening it is), and no grammar word
 * (a quote inside it opens on "The").
 */
function namesSomeone(words: readonly SentenceWord[], i: number, given: ReadonlySet<string>): boolean {
  const w = words[i];
  if (w === undefined || i === 0 || w.stem === '' || !/^\p{Lu}\p{Ll}/u.test(w.text)) return false;
  const bare = w.text.replace(/[’']s?$/, '').replace(/[.,]$/, '');
  return !isPlaceName(bare) && !isDayOrMonthName(bare) && !given.has(w.stem);
}

/** True when a sentence of `text` names someone beside a word for them (`noun`'s stem), and does not withhold the name. */
function namesBeside(text: string, noun: string, given: ReadonlySet<string>): boolean {
  return splitSentences(text).some((s) => {
    const sentence = text.slice(s.start, s.end);
    if (WITHHELD.test(sentence)) return false;
    const words = wordsOf(sentence);
    return words.some((w, i) => {
      // A word for them may be part of a hyphenated one: "co-founder".
      if (w.stem !== noun && !tokenize(w.text).includes(noun)) return false;
      for (let k = Math.max(0, i - REACH - 1); k <= i + REACH + 1; k++) if (k !== i && namesSomeone(words, k, given)) return true;
      return false;
    });
  });
}

/**
 * Asked the name of someone described, and no candidate naming the most of the question's names
 * names that person beside the word for them: returns the words asked and the names, or null.
 * Asked which places, the place gate answers instead (see place-gate.ts).
 */
export function nameUnwritten(
  reading: QuestionAnalysis,
  pool: readonly HeadPassage[],
  head: readonly HeadPassage[] = pool,
): NamelessPerson | null {
  const places = placesUnwritten(reading, pool, head);
  if (places.gated) return places.nameless;
  const asked = askedName(reading.searchText);
  if (asked === null) return null;
  const naming = mostNaming(pool);
  if (naming.length === 0) return null;
  const noun = tokenize(asked.noun)[0] ?? '';
  const given = new Set(reading.terms.flatMap((t) => t.alternatives.flat()));
  if (noun === '' || naming.some((p) => namesBeside(p.text, noun, given))) return null;
  // A figure describes them ("the 13 year old girl"); it is no name the corpus mentions.
  return { phrase: asked.phrase, names: reading.terms.filter((t) => t.entity && t.inCorpus && !/^\d+$/.test(t.text)) };
}
