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
