import type { QuestionAnalysis } from '../retrieval/key-terms.js';
import type { RankInput } from '../retrieval/rerank.js';
import { postAsked } from './gates.js';

/**
 * The `k` passages an answer quotes, from the ranked candidates: in rank order, except that
 * passages naming the post a question asks who holds come first, and at most `cap` per article.
 */
export function topPassages<T extends RankInput>(reading: QuestionAnalysis, ranked: readonly T[], cap: number, k: number): T[] {
  return capPerArticle(postHoldersFirst(reading, ranked), cap).slice(0, k);
}

/**
 * Asked who holds a country's post, the passages naming that post beside the country come first,
 * in rank order: "who is the president of Venezuela" is answered by "Venezuelan President Nicolas
 * Maduro", not by the best-ranked passage about a Mexican president. Any other question keeps the ranker's order.
 */
export function postHoldersFirst<T extends RankInput>(reading: QuestionAnalysis, ranked: readonly T[]): readonly T[] {
  const asked = postAsked(reading);
  if (asked === null) return ranked;
  const names = (c: T) => asked.mentions({ text: c.retrieved.passage.text, support: c.support }).owner;
  return [...ranked.filter(names), ...ranked.filter((c) => !names(c))];
}

/** Keeps rank order, dropping passages past the `cap`-th of their article. */
export function capPerArticle<T extends RankInput>(ranked: readonly T[], cap: number): T[] {
  const seen = new Map<string, number>();
  return ranked.filter((c) => {
    const n = (seen.get(c.retrieved.passage.articleId) ?? 0) + 1;
    seen.set(c.retrieved.passage.articleId, n);
    return n <= cap;
  });
}
