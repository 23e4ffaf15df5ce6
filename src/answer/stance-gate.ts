import type { QuestionAnalysis } from '../retrieval/key-terms.js';
import { stanceHolder } from '../retrieval/stance.js';
import type { HeadPassage } from './gates.js';

/**
 * Asked someone's stance or part ("whats mexicos position on the lima group", "chile's role in
 * all this"), and no passage found names them together with every other name the question asks
 * about: true. A passage on the Lima Group that never names Mexico states no Mexican position,
 * however close its topic. Every candidate is read, not only the best: any of them may hold it.
 */
export function holderApart(reading: QuestionAnalysis, pool: readonly HeadPassage[]): boolean {
  const holder = stanceHolder(reading.searchText);
  const i = reading.terms.findIndex((t) => t.entity && t.inCorpus && holder.includes(t.text.toLowerCase()));
  if (i < 0) return false;
  const others = reading.terms.flatMap((t, j) => (j !== i && t.entity && t.inCorpus ? [j] : []));
  return !pool.some((p) => p.support.carried[i] && others.every((j) => p.support.carried[j]));
}
