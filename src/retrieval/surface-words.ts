import { withoutDiacritics } from '../text/diacritics.js';

/**
 * The words of a text as the corpus writes them: case kept, possessives cut, with where a
 * sentence opens. The vocabulary, the name finders and the answer gates all read text through
 * these, so a word is the same word everywhere.
 */

const WORD = /\p{L}[\p{L}\p{N}’'.-]*[\p{L}\p{N}]|\p{L}|\p{N}+(?:[.,]\p{N}+)*/gu;

/** Small words a name may hold inside it ("Organization of American States", "Luis de Alba"). */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'da', 'do', 'dos', 'van', 'von']);

/** One word of a text, as {@link surfaceWords} reads it. */
export interface SurfaceWord {
  word: string;
  folded: string;
  capital: boolean;
  /** False after punctuation: the word does not continue the run before it. */
  joined: boolean;
  /** The first word of a sentence or line, capitalised whatever it is. */
  opening: boolean;
}

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
export function surfaceWords(text: string): SurfaceWord[] {
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
 * Runs of capitalised words (connectors allowed inside, punctuation ends a run), and every
 * suffix of each: candidate names and long forms ("the Permanent Council of the Organization
 * of American States" also yields "Organization of American States"). Whole runs of two or
 * more words are also pushed onto `whole`.
 */
export function capitalRuns(text: string, whole: string[][] = []): string[][] {
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
