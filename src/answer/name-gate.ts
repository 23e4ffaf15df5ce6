/**
 * Asked the name of someone the question only describes ("what's the name of the make up artist
 * suing snoop dogg"), whether a passage naming the most of what is asked names that person beside
 * the word for them. Pure; English.
 */
import { askedName } from '../retrieval/asked-name.js';
import { askedPlaces, placesIn } from '../retrieval/place-list.js';
import { carriedBy, NO_TITLE } from '../retrieval/naming.js';
import { sentenceTerms, weightedShare } from '../retrieval/support.js';
import type { KeyTerm, QuestionAnalysis } from '../retrieval/key-terms.js';
import { isCapitalName, isPlaceName } from '../text/geo.js';
import { isEnglishWord } from '../text/lexicon.js';
import { isDayOrMonthName } from '../text/months.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { nextTo, wordsOf, type SentenceWord } from '../text/words.js';
import { mostNaming, type HeadPassage } from './gates.js';

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
 * Likewise for which countries, among the candidates (`pool`), and for which city of a country
 * named, among the passages quoted (`head`) and the candidates carrying the most of the question.
 */
export function nameUnwritten(
  reading: QuestionAnalysis,
  pool: readonly HeadPassage[],
  head: readonly HeadPassage[] = pool,
): NamelessPerson | null {
  // Asked which countries: the gate knows countries, their people and capitals; asked which
  // city, any name that is not a country or its people may be one.
  const places = askedPlaces(reading.searchText);
  if (places !== null && /^(?:countr|nation)/.test(places.noun)) return placesUnnamed(reading, pool, places.phrase, namesCountry);
  // Asked which city of a country ("which mexican city"), a passage naming only the country is
  // the near miss. A city is named too often in news for any candidate to count: only the
  // passages quoted do, and the candidates carrying the most of the question, which may rank below them.
  if (places !== null && /^cit/.test(places.noun) && ofCountry(places.phrase))
    return placesUnnamed(reading, head, places.phrase, namesCity) && placesUnnamed(reading, mostCarrying(pool), places.phrase, namesCity);
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

/** True when `sentence` names a country, its people or its capital that the question does not give (`given`, as stems). */
function namesCountry(sentence: string, given: ReadonlySet<string>): boolean {
  return placesIn(sentence).some((m) => !tokenize(m[0].replace(/['’]s$/, '')).every((stem) => given.has(stem)));
}

/** True when the words asking which place name the country it is in: "mexican city", "a colombian city". */
const ofCountry = (phrase: string) =>
  phrase
    .split(/\s+/)
    .slice(0, -1)
    .some((w) => isPlaceName(w) && !isCapitalName(w));

/** The candidates carrying the most of the question, of those naming the most of its names. */
function mostCarrying(pool: readonly HeadPassage[]): HeadPassage[] {
  const naming = mostNaming(pool);
  const most = Math.max(0, ...naming.map((p) => p.support.share));
  return naming.filter((p) => p.support.share >= most - 1e-9);
}

/** Words before a place's name: "held in Cancun", "travel to Cucuta", "the city of Asuncion". */
const AT_PLACE = /^(?:in|at|to|from|near|of|outside|into)$/i;

/**
 * True when `sentence` names a place that may be a city the question does not give: a name
 * after a word of place ("in", "to", "of" …) that is no country or people, no day or month, and
 * no common word ("the Government of Mexico" names no city; "López Obrador stated" no place).
 */
function namesCity(sentence: string, given: ReadonlySet<string>): boolean {
  const words = wordsOf(sentence);
  // The name's letters alone: "June—has" is June.
  const bare = (k: number) => (/^\p{L}+(?:[’'-]\p{L}+)*/u.exec(words[k]?.text ?? '')?.[0] ?? '').replace(/[’']s$/, '');
  const capital = (k: number) => /^\p{Lu}\p{Ll}/u.test(bare(k));
  return words.some((w, i) => {
    if (i === 0 || !AT_PLACE.test(words[i - 1]!.text) || !capital(i) || given.has(w.stem)) return false;
    // The whole name: "Mexico City", "Los Angeles".
    let end = i;
    while (capital(end + 1) && nextTo(sentence, words, end) && words[end]!.text === bare(end)) end++;
    const name = words
      .slice(i, end + 1)
      .map((_, k) => bare(i + k))
      .join(' ');
    if (end === i && (isEnglishWord(name.toLowerCase()) || isDayOrMonthName(name))) return false;
    return !isPlaceName(name) || isCapitalName(name);
  });
}

/**
 * Asked which countries (or which city) did something ("which caribbean countries voted against
 * mexico's proposal"), and the sentence of each passage naming the most of the question that
 * carries the most of it names no such place the question does not give (`names`): "several
 * Caribbean countries opposed it" says how many, not which. A sentence elsewhere in the passage
 * naming a country speaks of something else ("Venezuela sees the Mexican government's position as an attack").
 */
function placesUnnamed(
  reading: QuestionAnalysis,
  pool: readonly HeadPassage[],
  phrase: string,
  names: (sentence: string, given: ReadonlySet<string>) => boolean,
): NamelessPerson | null {
  const naming = mostNaming(pool);
  if (naming.length === 0) return null;
  const given = new Set(reading.terms.flatMap((t) => t.alternatives.flat()));
  const answers = (p: HeadPassage) => {
    const { sentences, tokens } = sentenceTerms(p.text);
    const shares = tokens.map((stems) => weightedShare(reading.terms, carriedBy(reading.terms, new Set(stems), NO_TITLE), () => true, 0));
    const best = Math.max(...shares);
    return sentences.some((s, i) => shares[i]! >= best - 1e-9 && names(p.text.slice(s.start, s.end), given));
  };
  if (naming.some(answers)) return null;
  return { phrase, names: reading.terms.filter((t) => t.entity && t.inCorpus && !/^\d+$/.test(t.text)) };
}
