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
 * hyphenated word joined into it: "kung fu" is its "kung-fu", one common word, not two names
 * the corpus never mentions, and "kung" no misspelt "Kong". Only a pair with a word the corpus
 * and English lack alone is joined: "one day" is not the cricket's "one-day".
 */
export function joinHyphenedApart<W extends SurfaceWord>(vocabulary: CorpusVocabulary, words: readonly W[]): W[] {
  const joined: W[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const folded = next === undefined ? '' : `${word.folded}-${next.folded}`;
    // Only where a word alone is neither English nor the corpus's: "one day" stays two words.
    const unknown = (w: SurfaceWord) => !isEnglishWord(w.folded) && !vocabulary.words.has(w.folded);
    if (next === undefined || !next.joined || !vocabulary.words.has(folded) || !(unknown(word) || unknown(next))) {
      joined.push(word);
      continue;
    }
    joined.push({ ...word, word: `${word.word}-${next.word}`, folded });
    i++;
  }
  return joined;
}
