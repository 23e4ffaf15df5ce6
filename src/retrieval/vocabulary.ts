import { withoutDiacritics } from '../text/diacritics.js';
import { placeGroups } from '../text/geo.js';
import { inHeadlineCase } from '../text/headline.js';
import { isEnglishWord } from '../text/lexicon.js';
import { tokenize } from '../text/tokenize.js';
import { definedAcronyms } from './defined-acronyms.js';
import { InitialForms } from './initial-forms.js';
import { JoinedNames } from './joined-names.js';
import { AbbreviatedNames } from './abbreviated-names.js';
import { PlaceLedNames } from './place-led-names.js';
import { CONNECTORS, capitalRuns, foldWord, surfaceWords } from './surface-words.js';
import { SurnameFinder } from './surnames.js';
import { TogetherFinder, type FullNames } from './full-names.js';

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
  /** Its people's first names and surnames, and which it writes together (see full-names.ts). */
  readonly fullNames: FullNames;
}

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

/** Builds the vocabulary of `texts` (article bodies and titles). */
export function buildVocabulary(texts: readonly string[]): CorpusVocabulary {
  const words = new Map<string, WordCounts>();
  const acronyms = new Set<string>();
  const initialForms = new InitialForms();
  const surnames = new SurnameFinder();
  const together = new TogetherFinder();
  const joinedNames = new JoinedNames();
  const abbreviated = new AbbreviatedNames();
  const places = placeGroups();
  const placeWords = new Set(places.flatMap((p) => p.forms.map((f) => foldWord(f))));
  const placeLed = new PlaceLedNames(placeWords);
  // Names of capitalised parts joined by a hyphen ("Spider-Man", not "US-backed"): chat writes them as one word ("spiderman").
  const hyphened = new Set<string>();
  const defined: string[][][] = [];
  for (const [article, text] of texts.entries()) {
    defined.push(...definedAcronyms(text));
    // A line in headline case capitalises common words: its case counts as a sentence opening's.
    const surface = text.split('\n').flatMap((line) => {
      const lineWords = surfaceWords(line);
      return inHeadlineCase(lineWords) ? lineWords.map((w) => ({ ...w, opening: true })) : lineWords;
    });
    surnames.addWords(surface);
    together.addWords(surface);
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
      abbreviated.addRun(run.map(foldWord), article);
      initialForms.addRun(run);
    }
    for (const run of whole) placeLed.addRun(run.map(foldWord));
  }
  // Acronyms whose letters are the initials of a capitalised run the corpus uses: "OAS" and
  // "Organization of American States", "AMLO" and "Andrés Manuel López Obrador".
  const groups = initialForms.acronymGroups(acronyms);
  // And those an article defines in brackets, whatever their case: "anti-social behaviour orders (Asbos)".
  groups.push(...defined);
  for (const place of places) {
    groups.push(place.forms.map((f) => tokenize(f)).filter((t) => t.length > 0));
  }
  const isName = (w: string) => nameShare(words.get(w)!, w) >= NAME_SHARE;
  groups.push(...surnames.groups(foldWord, isName, placeWords));
  groups.push(...joinedNames.groups((w) => (words.get(w)?.capital ?? 0) > 0));
  // Names written shortened as well as in full: "Lib Dems" and "Liberal Democrats".
  groups.push(...abbreviated.groups((w) => placeWords.has(w)));
  // Any word it writes both ways is one word too ("wi-fi" and "WiFi"): chat writes either.
  const bothWays = [...words.keys()].filter((w) => w.includes('-') && words.has(w.replace(/-/g, '')));
  for (const name of new Set([...hyphened, ...bothWays])) {
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
  const fullNames = { ...surnames.nameParts(foldWord, isName, placeWords), together: together.together() };
  return { words, variants, longestForm, placeLed: placeLed.names(), initials: initialForms.unwritten((w) => words.has(w)), fullNames };
}
