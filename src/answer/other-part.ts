import type { QuestionAnalysis } from '../retrieval/key-terms.js';
import { carriedBy, NO_TITLE } from '../retrieval/naming.js';
import { askedMeasure, lacksMeasure } from '../retrieval/measure.js';
import { weightedShare } from '../retrieval/support.js';
import { tokenize } from '../text/tokenize.js';

/**
 * What a sentence adds to a quote for this question: the share of the key terms it carries that
 * the quote's text so far (`shown`) lacks, in [0, 1], each term weighed by how much the answer
 * depends on it and by how rare it is (its idf): "got" or "place" is no second answer, "reward"
 * may be. A two-part question ("what was stolen and is there a reward") is often answered by two
 * sentences of one passage that are not neighbours; this is how a quote's other part is chosen
 * (see retrieval/quotes.ts). A quote lacking a measure the question asks takes a sentence giving it.
 */
export function addedShare(reading: QuestionAnalysis, idf: (term: string) => number): (shown: string, sentence: string) => number {
  // Terms the corpus lacks are never carried: they weigh nothing either way.
  const terms = reading.terms
    .filter((t) => t.inCorpus)
    // A term's rarity is its rarest form's; an empty form (a name's words all stopwords) weighs nothing.
    .map((t) => ({
      ...t,
      weight: t.weight * Math.max(0, ...t.alternatives.filter((f) => f.length > 0).map((f) => Math.min(...f.map(idf)))),
    }));
  const carried = (text: string) => carriedBy(terms, new Set(tokenize(text)), NO_TITLE);
  // A measure asked ("how long was he banned") is what the answer hinges on: a sentence giving
  // it adds all a quote lacking it needs ("Cantona received a nine-month ban" after the kick).
  const measured = askedMeasure(reading.searchText) !== null;
  const gives = (text: string) => measured && !lacksMeasure(reading.searchText, text);
  // One quote's first part is asked about for each sentence of its passage: judge it once.
  let last: { shown: string; carried: boolean[]; gives: boolean } | null = null;
  return (shown, sentence) => {
    if (last?.shown !== shown) last = { shown, carried: carried(shown), gives: gives(shown) };
    if (measured && !last.gives && gives(sentence)) return 1;
    const before = last.carried;
    return weightedShare(
      terms,
      carried(sentence).map((c, i) => c && !before[i]),
      () => true,
      0,
    );
  };
}
