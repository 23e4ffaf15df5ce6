/**
 * The other forms a word is searched and carried under, beyond its stem: how the stemmer parts a
 * verb from its -ied form or from the noun made from it, and the other English spelling. Pure.
 */
import { derivedStems } from '../text/derivation.js';
import { otherStems } from '../text/irregular.js';
import { spellingVariants } from '../text/spelling-variants.js';
import { tokenize } from '../text/tokenize.js';
import type { CorpusVocabulary } from './vocabulary.js';

/**
 * The stems of a word's other spellings the corpus writes (see spelling-variants.ts: "Labor" is
 * its "Labour"), and of a common word's other forms (see irregular.ts, derivation.ts); its own left out.
 */
export function otherForms(folded: string, vocabulary: CorpusVocabulary, named: boolean): string[] {
  const own = tokenize(folded)[0];
  const spelt = spellingVariants(folded)
    .filter((v) => vocabulary.words.has(v))
    .flatMap((v) => tokenize(v));
  const forms = named ? spelt : [...otherStems(folded), ...derivedStems(folded), ...spelt];
  return [...new Set(forms)].filter((stem) => stem !== own);
}
