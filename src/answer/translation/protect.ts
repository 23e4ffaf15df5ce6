import { FOREIGN_ACRONYMS, isFunctionWord } from '../../text/foreign-words.js';
import { countryNamesIn } from '../../text/geo.js';
import type { ForeignLanguage } from '../../text/language.js';
import { foldWord } from '../../retrieval/surface-words.js';
import { NAME_SHARE, nameShare, type WordCounts } from '../../retrieval/vocabulary.js';

/** A stretch of the question kept from the engine, and the English put back in its place. */
export interface Protected {
  start: number;
  end: number;
  english: string;
}

/** Words of a question, with their offsets. */
export const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}’'-]*|\p{N}+/gu;
const MAX_NAME_WORDS = 6;

/** Capitalises a word typed in lowercase ("maduro" → "Maduro"). */
export const capitalise = (w: string) => (/^\p{Ll}/u.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w);

/** True when `word` is one the corpus mostly writes as a name, and not a grammar word of the question's language. */
export function isCorpusName(word: string, language: ForeignLanguage, words: ReadonlyMap<string, WordCounts>): boolean {
  const counts = words.get(foldWord(word));
  return counts !== undefined && word.length > 1 && !isFunctionWord(word, language) && nameShare(counts, foldWord(word)) >= NAME_SHARE;
}

/**
 * What the engine must not translate: acronyms the corpus uses in English (OEA → OAS),
 * countries in the question's language (estados unidos → United States), and runs of the
 * corpus's own names, except `safe` ones the engine knows only as names (it capitalises and
 * keeps "México"; left alone it also joins "América Latina" into "Latin America").
 */
export function protect(
  text: string,
  language: ForeignLanguage,
  words: ReadonlyMap<string, WordCounts>,
  safe: ReadonlySet<string>,
): Protected[] {
  const spans: Protected[] = [];
  const add = (start: number, end: number, english: string) => {
    if (spans.every((s) => end <= s.start || start >= s.end)) spans.push({ start, end, english });
  };
  for (const [form, english] of Object.entries(FOREIGN_ACRONYMS)) {
    if (!words.has(foldWord(english))) continue;
    const escaped = form.replace(/[.]/g, '\\.').replace(/ /g, '\\s*');
    // Short acronyms only in capitals ("UE"); longer ones in any case ("oea").
    const re = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, form.replace(/\W/g, '').length >= 3 ? 'giu' : 'gu');
    for (const m of text.matchAll(re)) add(m.index, m.index + m[0].length, english);
  }
  const tokens = [...text.matchAll(WORD)];
  const end = (run: RegExpMatchArray[]) => run[run.length - 1]!.index! + run[run.length - 1]![0].length;
  const countries = foldedCountries(language);
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(MAX_NAME_WORDS, tokens.length - i); n >= 1; n--) {
      const run = tokens.slice(i, i + n);
      const english = countries.get(run.map((t) => foldWord(t[0])).join(' '));
      // Only a country the corpus names, or one typed with a capital: "reunión" is also Réunion.
      const named = english !== undefined && (words.has(foldWord(english.split(' ')[0]!)) || /^\p{Lu}/u.test(run[0]![0]));
      if (named && joined(text, run)) {
        add(run[0]!.index!, end(run), english);
        break;
      }
    }
  }
  const isName = (w: string) => isCorpusName(w, language, words) && !safe.has(capitalise(w));
  for (let i = 0; i < tokens.length;) {
    let n = 0;
    while (i + n < tokens.length && isName(tokens[i + n]![0]) && (n === 0 || joined(text, tokens.slice(i + n - 1, i + n + 1)))) n++;
    if (n > 0)
      add(
        tokens[i]!.index!,
        end(tokens.slice(i, i + n)),
        tokens
          .slice(i, i + n)
          .map((t) => capitalise(t[0]))
          .join(' '),
      );
    i += Math.max(1, n);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** True when only spaces separate the tokens (a comma ends a name). */
function joined(text: string, run: RegExpMatchArray[]): boolean {
  return run.every((t, k) => k === 0 || /^\s+$/.test(text.slice(run[k - 1]!.index! + run[k - 1]![0].length, t.index)));
}

const countryCache = new Map<ForeignLanguage, Map<string, string>>();
/** Country names of `language`, folded word by word, to their English common name. */
function foldedCountries(language: ForeignLanguage): Map<string, string> {
  let map = countryCache.get(language);
  if (!map) {
    map = new Map([...countryNamesIn(language)].map(([form, english]) => [form.split(/\s+/).map(foldWord).join(' '), english]));
    countryCache.set(language, map);
  }
  return map;
}
