import { withoutDiacritics } from '../text/diacritics.js';
import { placeGroups } from '../text/geo.js';
import { inHeadlineCase } from '../text/headline.js';
import { isEnglishWord } from '../text/lexicon.js';
import { tokenize } from '../text/tokenize.js';
import { JoinedNames } from './joined-names.js';
import { PlaceLedNames } from './place-led-names.js';
import { SurnameFinder } from './surnames.js';

/**
 * What a corpus says and how it names things, learned from its own text: every word with how
 * often it is capitalised, and groups of forms that name one thing (an acronym the text
 * defines or that spells a name's initials, a country with its demonym and capital). Built
 * once per index; pure.
 */
export interface CorpusVocabulary {
  /**
   * Folded word (lowercase, no accents) → occurrences, those that open a sentence (where any
   * word is capitalised), and capitalised occurrences inside a sentence.
   */
  readonly words: ReadonlyMap<string, WordCounts>;
  /**
   * A form (its stemmed terms joined by spaces: "oa", "unit state") → other forms of the same
   * name, each a list of stemmed terms.
   */
  readonly variants: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Most terms in any multi-word form, so a question is scanned for forms up to this length. */
  readonly longestForm: number;
  /** Names made of a place and a noun, folded ("lima group"): in them the place is not the country. */
  readonly placeLed: ReadonlySet<string>;
  /**
   * Initials the corpus never writes as a word (three to six, folded: "epi") → the long forms
   * they spell, when at most a few do ("Economic Policy Institute"): chat writes a name by its
   * initials where the article spells it out.
   */
  readonly initials: ReadonlyMap<string, readonly (readonly string[])[]>;
}

const WORD = /\p{L}[\p{L}\p{N}’'.-]*[\p{L}\p{N}]|\p{L}|\p{N}+(?:[.,]\p{N}+)*/gu;
/** An acronym spelled by more long forms than this is ambiguous. */
const MAX_LONG_FORMS = 3;
/** How often the corpus writes a word, and how. */
export interface WordCounts {
  count: number;
  opening: number;
  capital: number;
  /** Occurrences written with a diacritic ("Guaidó" rather than "Guaido"). */
  accented: number;
  /** Occurrences written in capitals, as an acronym ("AMLO", "UK"). */
  upper: number;
}

/** A word the corpus capitalises at least this often inside sentences is a name. */
export const NAME_SHARE = 0.6;
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'da', 'do', 'dos', 'van', 'von']);

/** Lowercase without accents, apostrophes and dots: the form spelling correction compares. */
export function foldWord(word: string): string {
  return withoutDiacritics(word)
    .toLowerCase()
    .replace(/[’'](s)?$/, '')
    .replace(/[’'.]/g, '');
}

/**
 * Words of a text with their case, possessives cut; `joined` is false after punctuation, and
 * `opening` is true for the first word of a sentence or line (capitalised whatever it is).
 */
export function surfaceWords(text: string): { word: string; folded: string; capital: boolean; joined: boolean; opening: boolean }[] {
  let last = 0;
  return [...text.matchAll(WORD)].map((m) => {
    const between = text.slice(last, m.index);
    const joined = between.trim() === '';
    const opening = last === 0 || /[.!?:\n]/.test(between) || /[.!?]$/.test(text.slice(0, last));
    last = m.index + m[0].length;
    const word = m[0].replace(/[’']s$/, '').replace(/[.-]+$/, '');
    return { word, folded: foldWord(word), capital: /^\p{Lu}/u.test(word), joined, opening };
  });
}

/**
 * How much the corpus treats a word as a name: the share of its occurrences inside sentences
 * that are capitalised. A word seen only at the start of sentences tells nothing by its case:
 * it counts as a name unless it is a common English word.
 */
export function nameShare(counts: WordCounts, folded: string): number {
  const inside = counts.count - counts.opening;
  if (inside > 0) return counts.capital / inside;
  return isEnglishWord(folded) ? 0 : 1;
}

/**
 * Runs of capitalised words (connectors allowed inside, punctuation ends a run), and every
 * suffix of each: candidate names and long forms ("the Permanent Council of the Organization
 * of American States" also yields "Organization of American States").
 */
function capitalRuns(text: string, whole: string[][] = []): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length > 0 && CONNECTORS.has(run[run.length - 1]!.toLowerCase())) run.pop();
    if (run.length > 1) whole.push(run);
    for (let i = 0; i < run.length - 1; i++) if (!CONNECTORS.has(run[i]!.toLowerCase())) runs.push(run.slice(i));
    run = [];
  };
  for (const { word, capital, joined } of surfaceWords(text)) {
    if (!joined) flush();
    if (capital && !/^\p{Lu}+$/u.test(word)) run.push(word);
    else if (run.length > 0 && CONNECTORS.has(word)) run.push(word);
    else flush();
  }
  flush();
  return runs;
}

const initials = (run: readonly string[]) =>
  run
    .filter((w) => !CONNECTORS.has(w.toLowerCase()))
    .map((w) => foldWord(w)[0])
    .join('');

/**
 * Writes each word of `text` without its accents where the corpus mostly writes it without
 * ("Guaidó" → "Guaido"). Lexical search folds accents anyway; the dense encoder does not, and
 * a question typed with accents (as Spanish and Portuguese speakers do) drifts from passages
 * that spell the name plainly.
 */
export function spellAsCorpus(text: string, vocabulary: CorpusVocabulary): string {
  return text.replace(/\p{L}[\p{L}\p{M}]*/gu, (w) => {
    const plain = withoutDiacritics(w);
    if (plain === w.normalize('NFD')) return w;
    const counts = vocabulary.words.get(plain.toLowerCase());
    return counts !== undefined && counts.accented * 2 < counts.count ? plain : w;
  });
}

/**
 * `word` in capitals when the corpus mostly writes it so ("amlo" → "AMLO"), or, when the corpus
 * never writes it, when it is letters with a digit ("ps2" → "PS2"), for showing it back.
 */
export function caseAsCorpus(word: string, vocabulary: CorpusVocabulary): string {
  const counts = vocabulary.words.get(foldWord(word));
  if (counts === undefined) return MODEL_NAME.test(word) ? word.toUpperCase() : word;
  return counts.upper * 2 > counts.count ? word.toUpperCase() : word;
}

/** Letters with a digit, as product and group names are written ("PS2", "MP3", "G8"): upper case when the corpus does not say. */
const MODEL_NAME = /^(?=\p{L}*\d)[\p{L}\d]{2,5}$/u;

/**
 * The capitalised runs with `letters` as initials, as stemmed terms, keeping only those with a
 * term for every letter (no stopword lost: "Must Want" is not a name).
 */
function spelledBy(runs: ReadonlyMap<string, string[]> | undefined, letters: string): string[][] {
  return [...(runs?.values() ?? [])].map((run) => tokenize(run.join(' '))).filter((terms) => terms.length === letters.length);
}

/** Builds the vocabulary of `texts` (article bodies and titles). */
export function buildVocabulary(texts: readonly string[]): CorpusVocabulary {
  const words = new Map<string, WordCounts>();
  const acronyms = new Set<string>();
  // Capitalised runs by their initials, so each acronym finds its long forms in one lookup.
  const byInitials = new Map<string, Map<string, string[]>>();
  const surnames = new SurnameFinder();
  const joinedNames = new JoinedNames();
  const places = placeGroups();
  const placeWords = new Set(places.flatMap((p) => p.forms.map((f) => foldWord(f))));
  const placeLed = new PlaceLedNames(placeWords);
  // Names of capitalised parts joined by a hyphen ("Spider-Man", not "US-backed"): chat writes them as one word ("spiderman").
  const hyphened = new Set<string>();
  for (const text of texts) {
    // A line in headline case capitalises common words: its case counts as a sentence opening's.
    const surface = text.split('\n').flatMap((line) => {
      const lineWords = surfaceWords(line);
      return inHeadlineCase(lineWords) ? lineWords.map((w) => ({ ...w, opening: true })) : lineWords;
    });
    surnames.addWords(surface);
    for (const { word, folded, capital, opening } of surface) {
      const entry = words.get(folded) ?? { count: 0, opening: 0, capital: 0, accented: 0, upper: 0 };
      entry.count++;
      if (/[^\p{ASCII}]/u.test(word) && word.normalize('NFD') !== withoutDiacritics(word)) entry.accented++;
      if (opening) entry.opening++;
      else if (capital) entry.capital++;
      words.set(folded, entry);
      if (/^\p{Lu}{2,6}$/u.test(word)) {
        acronyms.add(word);
        entry.upper++;
      }
      if (/^\p{Lu}[\p{L}’']*(?:-\p{Lu}[\p{L}’']*)+$/u.test(word)) hyphened.add(folded);
    }
    const whole: string[][] = [];
    for (const run of capitalRuns(text, whole)) {
      surnames.addRun(run, CONNECTORS);
      joinedNames.addRun(run.map(foldWord));
      const key = initials(run);
      if (key.length < 2 || key.length > 6) continue;
      const forms = byInitials.get(key) ?? new Map<string, string[]>();
      forms.set(run.join(' '), run);
      byInitials.set(key, forms);
    }
    for (const run of whole) placeLed.addRun(run.map(foldWord));
  }
  const groups: string[][][] = [];
  // Acronyms whose letters are the initials of a capitalised run the corpus uses: "OAS" and
  // "Organization of American States", "AMLO" and "Andrés Manuel López Obrador".
  for (const acronym of acronyms) {
    const letters = foldWord(acronym);
    // An acronym that several long forms spell ("MW": "Mr Wilson", "Mike Watt" …) is ambiguous,
    // so it is linked to none.
    const longForms = spelledBy(byInitials.get(letters), letters);
    if (longForms.length > 0 && longForms.length <= MAX_LONG_FORMS) groups.push([tokenize(acronym), ...longForms]);
  }
  // Initials no word of the corpus is, spelling a name or a few: "epi" for "Economic Policy Institute".
  const spelled = new Map<string, string[][]>();
  for (const [letters, runs] of byInitials) {
    if (letters.length < 3 || words.has(letters)) continue;
    const spelt = spelledBy(runs, letters);
    const longForms = spelt.filter((terms, i) => spelt.findIndex((o) => o.join(' ') === terms.join(' ')) === i);
    if (longForms.length > 0 && longForms.length <= MAX_LONG_FORMS) spelled.set(letters, longForms);
  }
  for (const place of places) {
    groups.push(place.forms.map((f) => tokenize(f)).filter((t) => t.length > 0));
  }
  groups.push(...surnames.groups(foldWord, (w) => nameShare(words.get(w)!, w) >= NAME_SHARE, placeWords));
  groups.push(...joinedNames.groups((w) => (words.get(w)?.capital ?? 0) > 0));
  for (const name of hyphened) {
    const one = tokenize(name.replace(/-/g, ''));
    const apart = tokenize(name);
    if (one.length === 1 && apart.length >= 2 && apart.length <= 3) groups.push([apart, one]);
  }
  const variants = new Map<string, string[][]>();
  for (const group of groups) {
    for (const form of group) {
      const key = form.join(' ');
      const list = variants.get(key) ?? [];
      for (const other of group) if (other.join(' ') !== key && !list.some((l) => l.join(' ') === other.join(' '))) list.push(other);
      variants.set(key, list);
    }
  }
  const longestForm = Math.min(6, Math.max(1, ...[...variants.keys()].map((k) => k.split(' ').length)));
  return { words, variants, longestForm, placeLed: placeLed.names(), initials: spelled };
}
