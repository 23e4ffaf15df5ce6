import { quoteParts } from '../answer/quote-parts.js';
import type { Answer } from '../answer/types.js';
import type { QaItem } from './qa.js';

/** Retrieval quality over a set of questions. Rates are in [0, 1]; null where a set has no such item. */
export interface Metrics {
  n: number;
  hit1: number;
  hit3: number;
  hit5: number;
  mrr: number;
  /** Out-of-corpus questions that were refused. */
  abstainRecall: number | null;
  /** Answerable questions that were refused. */
  falseAbstainRate: number;
}

/** Case, whitespace and curly quotes do not decide a hit. */
export function normalizeForMatch(text: string): string {
  return text.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** 1-based rank of the first passage that answers the item, or null. Only text a reader is shown counts, never what a quote skips. */
export function hitRank(item: QaItem, answer: Answer): number | null {
  if (!answer.answerable) return null;
  const index = answer.passages.findIndex((p) =>
    item.kind === 'doc' ? p.articleId === item.docId : item.evidence.some((e) => normalizeForMatch(quoteParts(p).join(' ')).includes(normalizeForMatch(e))),
  );
  return index < 0 ? null : index + 1;
}

export const isAnswerableItem = (item: QaItem) => item.kind === 'doc' || item.answerable;

/** Scores answers against their items (same order). */
export function score(items: readonly QaItem[], answers: readonly Answer[]): Metrics {
  const answerable = items.map((item, i) => ({ item, answer: answers[i]! })).filter(({ item }) => isAnswerableItem(item));
  const unanswerable = items.map((item, i) => ({ item, answer: answers[i]! })).filter(({ item }) => !isAnswerableItem(item));
  const ranks = answerable.map(({ item, answer }) => hitRank(item, answer));
  const share = (pred: (r: number | null) => boolean) => (ranks.length === 0 ? 0 : ranks.filter(pred).length / ranks.length);
  return {
    n: items.length,
    hit1: share((r) => r !== null && r <= 1),
    hit3: share((r) => r !== null && r <= 3),
    hit5: share((r) => r !== null && r <= 5),
    mrr: ranks.length === 0 ? 0 : ranks.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0) / ranks.length,
    abstainRecall: unanswerable.length === 0 ? null : unanswerable.filter(({ answer }) => !answer.answerable).length / unanswerable.length,
    falseAbstainRate: answerable.length === 0 ? 0 : answerable.filter(({ answer }) => !answer.answerable).length / answerable.length,
  };
}
