import { analyseQuestion, type KeyTerm, type QuestionAnalysis, type TermStats } from './key-terms.js';

/**
 * The names of the question a follow-up follows, which the follow-up does not name itself: after
 * "who did Peru invite to the Lima Group meeting", "and what did they decide?" asks about Peru
 * and the Lima Group. Passages are ranked by them too, so a passage on another country's
 * "decision" does not come first; whether the follow-up is answered is judged on its own terms,
 * as it may turn to a new subject ("and Mexico?"). Pure over `stats`.
 */
export function followedNames(context: string, reading: QuestionAnalysis, stats: TermStats): KeyTerm[] {
  if (context.trim() === '') return [];
  const own = new Set(reading.terms.flatMap((t) => t.alternatives.map((form) => form.join(' '))));
  return analyseQuestion(context, stats).terms.filter(
    (t) => t.entity && t.inCorpus && !t.alternatives.some((form) => own.has(form.join(' '))),
  );
}
