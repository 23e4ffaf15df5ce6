import { isEnglishWord } from '../text/lexicon.js';
import type { SurfaceWord } from './surface-words.js';
import type { CorpusVocabulary } from './vocabulary.js';

/**
 * Words a corpus writes with a hyphen, by how chat writes them, run together: "wifi" for the
 * "wi-fi" of a 2004 article, "antisocial" for "anti-social". Built once per vocabulary.
 */
const joinedForms = new WeakMap<CorpusVocabulary, Map<string, { word: string; count: number }>>();

/**
 * The corpus's hyphenated word that `folded` (a word it never writes) is typed for, run
 * together, or null; the most frequent when several are. Pure, memoised per vocabulary.
 */
export function hyphenedForm(vocabulary: CorpusVocabulary, folded: string): string | null {
  let forms = joinedForms.get(vocabulary);
  if (forms === undefined) {
    forms = new Map();
    for (const [word, counts] of vocabulary.words) {
      if (!word.includes('-')) continue;
      const joined = word.replace(/-/g, '');
      const known = forms.get(joined);
      if (known === undefined || counts.count > known.count) forms.set(joined, { word, count: counts.count });
    }
    joinedForms.set(vocabulary, forms);
  }
  return forms.get(folded)?.word ?? null;
}

/**
 * `words` (a question's) with each pair chat writes apart that the corpus writes as one
 * hyphenated word read as it: "kung fu" is its "kung-fu", a common word, not two names the
 * corpus never mentions, and "kung" no misspelt "Kong". Both words keep their place and text
 * and take the hyphenated word as their folded form, which corrections and the name test read.
 * Only a pair with a word the corpus and English lack alone is read so: "one day" is not the
 * cricket's "one-day".
 */
export function joinHyphenedApart<W extends SurfaceWord>(vocabulary: CorpusVocabulary, words: readonly W[]): W[] {
  const read = [...words];
  const unknown = (w: SurfaceWord) => !isEnglishWord(w.folded) && !vocabulary.words.has(w.folded);
  for (let i = 0; i + 1 < read.length; i++) {
    const word = read[i]!;
    const next = read[i + 1]!;
    const folded = `${word.folded}-${next.folded}`;
    if (!next.joined || !vocabulary.words.has(folded) || !(unknown(word) || unknown(next))) continue;
    read[i] = { ...word, folded };
    read[i + 1] = { ...next, folded };
    i++;
  }
  return read;
}
