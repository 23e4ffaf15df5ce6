/**
 * Asked which places did something ("which caribbean countries voted against mexico's
 * proposal", "which mexican city were the talks held in"), whether a passage naming the most of
 * what is asked names such a place. Pure; English.
 */
import { askedPlaces, placesIn } from '../retrieval/place-list.js';
import { carriedBy, NO_TITLE } from '../retrieval/naming.js';
import { sentenceTerms, weightedShare } from '../retrieval/support.js';
import type { QuestionAnalysis } from '../retrieval/key-terms.js';
import { isCapitalName, isPlaceName } from '../text/geo.js';
import { isEnglishWord } from '../text/lexicon.js';
import { isDayOrMonthName } from '../text/months.js';
import { tokenize } from '../text/tokenize.js';
import { nextTo, wordsOf } from '../text/words.js';
import { mostNaming, type HeadPassage } from './gates.js';
import type { NamelessPerson } from './name-gate.js';

/** What the place gate found: whether the question asks which places it reads, and the places no passage names. */
export interface PlacesUnwritten {
  gated: boolean;
  nameless: NamelessPerson | null;
}

/**
 * Asked which countries, among the candidates (`pool`): the gate knows countries, their people
 * and capitals. Asked which city of a country ("which mexican city"), a passage naming only the
 * country is the near miss; a city is named too often in news for any candidate to count: only
 * the passages quoted (`head`) do, and the candidates carrying the most of the question, which
 * may rank below them. Any other question is not gated.
 */
export function placesUnwritten(reading: QuestionAnalysis, pool: readonly HeadPassage[], head: readonly HeadPassage[]): PlacesUnwritten {
  const places = askedPlaces(reading.searchText);
  if (places !== null && /^(?:countr|nation)/.test(places.noun))
    return { gated: true, nameless: placesUnnamed(reading, pool, places.phrase, namesCountry) };
  if (places !== null && /^cit/.test(places.noun) && ofCountry(places.phrase)) {
    const nameless =
      placesUnnamed(reading, head, places.phrase, namesCity) && placesUnnamed(reading, mostCarrying(pool), places.phrase, namesCity);
    return { gated: true, nameless };
  }
  return { gated: false, nameless: null };
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
