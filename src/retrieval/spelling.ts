import { spellingVariants } from '../text/spelling-variants.js';
import { isEnglishWord, isEverydayWord } from '../text/lexicon.js';
import { tokenize } from '../text/tokenize.js';
import { hyphenedForm } from './hyphened.js';
import { editDistance } from '../text/edit-distance.js';
import { NAME_SHARE, nameShare, type CorpusVocabulary } from './vocabulary.js';

/** A corpus word, as a correction candidate. */
interface Candidate {
  word: string;
  count: number;
}

/**
 * The corpus's names, and apart its common English words, bucketed by length, built once per
 * vocabulary: a lookup then reads only words of a length within reach, not the whole
 * vocabulary (32k words with the BBC articles).
 */
const byLength = new WeakMap<CorpusVocabulary, { names: Map<number, Candidate[]>; common: Map<number, Candidate[]> }>();

function candidatesOf(vocabulary: CorpusVocabulary, kind: 'names' | 'common'): Map<number, Candidate[]> {
  let buckets = byLength.get(vocabulary);
  if (!buckets) {
    buckets = { names: new Map(), common: new Map() };
    for (const [word, counts] of vocabulary.words) {
      const name = nameShare(counts, word) >= NAME_SHARE;
      if (!name && !isEnglishWord(word)) continue;
      const into = name ? buckets.names : buckets.common;
      const list = into.get(word.length) ?? [];
      list.push({ word, count: counts.count });
      into.set(word.length, list);
    }
    byLength.set(vocabulary, buckets);
  }
  return buckets[kind];
}

/**
 * The most frequent word of `buckets` within `max` edits of `folded` with its first letter; null
 * when none or on a tie. Among names, one that is no English word goes before one that is: a
 * misspelt name is more likely a name than a word some names hold ("gerard arpy" is Arpey, not "Army").
 */
function closest(buckets: Map<number, Candidate[]>, folded: string, max: number, names = false): string | null {
  let best: { word: string; distance: number; rank: number; count: number } | null = null;
  let tie = false;
  for (let length = folded.length - max; length <= folded.length + max; length++) {
    for (const { word, count } of buckets.get(length) ?? []) {
      // Misspellings keep the first letter; checking it first also skips most of the work.
      if (word[0] !== folded[0]) continue;
      const distance = editDistance(folded, word, max);
      if (distance > max) continue;
      const rank = names && isEnglishWord(word) ? 1 : 0;
      const closer = !best || distance < best.distance || (distance === best.distance && rank < best.rank);
      const same = best !== null && distance === best.distance && rank === best.rank;
      if (closer || (same && count > best!.count)) {
        tie = false;
        best = { word, distance, rank, count };
      } else if (same && count === best!.count) tie = true;
    }
  }
  return best && !tie ? best.word : null;
}

/**
 * The corpus word a misspelt `folded` word most likely means, or null. A word the corpus
 * writes in its other English spelling takes that ("organization" → "organisation"). Otherwise
 * only words that are neither in the corpus nor general English are corrected, so a real word or a name the
 * corpus lacks is never turned into a corpus word. A name the corpus writes is tried first,
 * with the same first letter: one edit for words of 4-8 letters, two from 9 (two edits turn
 * too many short names into other words: "capriles" → "carries"). Among equally close words
 * the most frequent wins; a tie is left alone. Then a slip in a common word (`correctTypo`).
 */
export function correctWord(vocabulary: CorpusVocabulary, folded: string): string | null {
  if (vocabulary.words.has(folded)) return null;
  // A name with a figure is left as typed ("g8", "a380"), but its plural is the name the corpus writes ("ps2s", "mp3s").
  if (/\d/.test(folded)) return /\p{L}.*\ds$/u.test(folded) && vocabulary.words.has(folded.slice(0, -1)) ? folded.slice(0, -1) : null;
  // The corpus may spell a word the other English way: "recognised" is its "recognized".
  const spelt = spellingVariants(folded).filter((v) => vocabulary.words.has(v));
  if (spelt.length === 1) return spelt[0]!;
  // Or with a hyphen chat leaves out: "wifi" is its "wi-fi".
  const hyphened = hyphenedForm(vocabulary, folded);
  if (hyphened !== null) return hyphened;
  if (isEnglishWord(folded)) return null;
  if (folded.length < 4) return expandAbbreviation(vocabulary, folded) ?? swappedEveryday(folded);
  // Four consonants may be a word's too: "shld" is "should", "cld" "could" (a name of four consonants is rare).
  const abbreviated = /^[b-df-hj-np-tv-z]{4}$/.test(folded) ? expandAbbreviation(vocabulary, folded) : null;
  if (abbreviated !== null) return abbreviated;
  const max = folded.length >= 9 ? 2 : 1;
  return closest(candidatesOf(vocabulary, 'names'), folded, max, true) ?? correctTypo(vocabulary, folded);
}

/**
 * A common word typed with a slip, which would otherwise read as a name the corpus never
 * mentions and refuse the question: two neighbouring letters swapped into an English word
 * ("becuase", "thier"; from four letters: "im" is not "mi"), or, from seven letters, one edit
 * from a common word the corpus uses ("goverment"). Both are narrow enough that an unknown name stays a name: names are rarely a
 * swap away from an English word, and short ones are often one edit from some corpus word.
 */
function correctTypo(vocabulary: CorpusVocabulary, folded: string): string | null {
  // "castro" is a swap from "castor": a rarer word counts only when the corpus uses it.
  const swapped = swapsOf(folded).filter((word) => isEnglishWord(word) && (isEverydayWord(word) || vocabulary.words.has(word)));
  if (swapped.length === 1) return swapped[0]!;
  return droppedVowel(vocabulary, folded) ?? (folded.length >= 7 ? closest(candidatesOf(vocabulary, 'common'), folded, 1) : null);
}

/**
 * A three-letter slip: two neighbouring letters swapped into the one everyday English word they
 * make ("teh" → "the", "adn" → "and"). Only everyday words: a short unknown name stays a name.
 */
function swappedEveryday(folded: string): string | null {
  const found = swapsOf(folded).filter(isEverydayWord);
  return found.length === 1 ? found[0]! : null;
}

/** The other words two neighbouring letters of `folded` swapped make, each once. */
function swapsOf(folded: string): string[] {
  const found = new Set<string>();
  for (let i = 0; i + 1 < folded.length; i++) found.add(folded.slice(0, i) + folded[i + 1] + folded[i] + folded.slice(i + 2));
  found.delete(folded);
  return [...found];
}

/** The stems of a vocabulary's words, built once per vocabulary. */
const stemsOf = new WeakMap<CorpusVocabulary, ReadonlySet<string>>();

/**
 * A common word typed without one of its vowels ("invte", "meting"), from five letters: the one
 * English word a vowel put back makes, when the corpus writes some form of it ("invited"). A
 * name the corpus lacks rarely becomes an English word by one more vowel.
 */
function droppedVowel(vocabulary: CorpusVocabulary, folded: string): string | null {
  if (folded.length < 5) return null;
  let stems = stemsOf.get(vocabulary);
  if (!stems) {
    stems = new Set([...vocabulary.words.keys()].flatMap((w) => tokenize(w)));
    stemsOf.set(vocabulary, stems);
  }
  const found = new Set<string>();
  for (let i = 1; i <= folded.length; i++) {
    for (const vowel of 'aeiou') {
      const word = folded.slice(0, i) + vowel + folded.slice(i);
      if (isEnglishWord(word) && stems.has(tokenize(word)[0] ?? '')) found.add(word);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** How many times more often the likeliest expansion must occur than the next one. */
const EXPANSION_MARGIN = 2;

/** A word's consonants, in order: what a chat abbreviation keeps of it ("group" → "grp"). */
const skeleton = (word: string) => word.replace(/[aeiou]/g, '');

/**
 * The common corpus word a chat abbreviation stands for ("grp" → "group", "wks" → "weeks"), or
 * null. An abbreviation here is three or four consonants that are exactly the word's consonants;
 * shorter ones are too ambiguous ("mr" is "more" to a corpus). Only general English words are
 * expanded to (an unknown name is not an abbreviation of one), and the likeliest expansion must
 * clearly outnumber the next.
 */
export function expandAbbreviation(vocabulary: CorpusVocabulary, folded: string): string | null {
  if (!/^[b-df-hj-np-tv-z]{3,4}$/.test(folded)) return null;
  const found: Candidate[] = [];
  for (const [word, counts] of vocabulary.words) {
    if (word[0] === folded[0] && word.length > folded.length && skeleton(word) === folded && isEnglishWord(word))
      found.push({ word, count: counts.count });
  }
  found.sort((a, b) => b.count - a.count);
  const [first, second] = found;
  return first && (!second || first.count >= EXPANSION_MARGIN * second.count) ? first.word : null;
}
