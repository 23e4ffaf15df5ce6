import type { RankInput } from '../retrieval/rerank.js';

/**
 * Orders by what one sentence of a passage carries: the one giving the measure, date or name
 * asked for (measureFirst), or the one saying all of the question (wholeSentenceFirst). Pure.
 */

/**
 * Asked for a measure ("how much did United pay for Rooney"), a date or a person, the passages giving one
 * (their support is `typed`) that carry as much of the question as the best-ranked come first:
 * the match report naming Rooney and Everton says nothing of "his £27m move", which the preview
 * of the tie does. Among them, the one whose sentence giving it carries the most of the question
 * leads ("when is the london marathon": "this year's race on 17 April"). Pure.
 */
export function measureFirst<T extends RankInput>(
  ranked: readonly T[],
  strict = false,
  outdo = false,
  gives: (text: string) => boolean = () => true,
): readonly T[] {
  const best = ranked[0]?.support.share ?? 0;
  // Dates and names are everywhere in news (`strict`): one moves up only when the sentence giving
  // it carries that much on its own ("1994" beside a film called "Wall" at the Berlin festival
  // does not say when the Berlin Wall fell). A name may answer in other words than one (`outdo`):
  // "the result of a request submitted by 18 members" tells who asked; a passage naming someone
  // moves up only when its sentence carries more than the best sentence of any passage above it naming no one.
  // The best sentence share of the passages naming no one above each passage, built in one pass.
  const aboveAll: number[] = [];
  ranked.reduce((most, c, i) => {
    aboveAll[i] = most;
    return outdo && !c.support.typed ? Math.max(most, c.support.sentenceShare) : most;
  }, -1);
  const above = (i: number) => aboveAll[i]!;
  const carries = (c: T, i: number) =>
    !strict || ((c.support.typedShare ?? 0) >= best - 1e-9 && (c.support.typedShare ?? 0) > above(i) + 1e-9);
  // A figure of another kind gives no measure asked: "1.3 billion machines" is no price (`gives`).
  const giving = ranked.map((c, i) => c.support.typed && c.support.share >= best - 1e-9 && carries(c, i) && gives(c.text));
  // Among them, the one whose sentence giving the measure carries the most of the question.
  // Of those alike, one dating what is asked ("the August 6 meeting") before one dating something else beside it.
  const dated = (c: T) => (c.support.datesAsked ? 1 : 0);
  const first = ranked
    .filter((_, i) => giving[i])
    .sort((a, b) => (b.support.typedShare ?? 0) - (a.support.typedShare ?? 0) || dated(b) - dated(a));
  return [...first, ...ranked.filter((_, i) => !giving[i])];
}

/**
 * Asked nothing more particular, a passage among the best three that carries every term of the
 * question in one sentence leads, when the best one spreads them over its sentences: "The
 * meeting will focus on the humanitarian aspects … [Lima Group]" answers "what's the lima grp
 * meeting gonna focus on" before "Established in 2017, the Lima Group consists of … The majority
 * of the group's members …". Only the first such passage moves; the rest keep the ranker's order.
 */
export function wholeSentenceFirst<T extends RankInput>(ranked: readonly T[]): readonly T[] {
  const top = ranked[0];
  if (top === undefined || top.support.sentenceShare >= 1 - 1e-9) return ranked;
  const i = ranked.slice(0, 3).findIndex((c) => c.support.sentenceShare >= 1 - 1e-9);
  return i <= 0 ? ranked : [ranked[i]!, ...ranked.filter((_, j) => j !== i)];
}
