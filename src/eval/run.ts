import type { AnswerService } from '../answer/service.js';
import type { Answer } from '../answer/types.js';
import type { RetrievalMode } from '../retrieval/retriever.js';
import type { QaItem } from './qa.js';
import { hitRank, isAnswerableItem, score, type Metrics } from './score.js';

/** One question the mode got wrong, for the report. */
export interface Miss {
  id: string;
  question: string;
  why: 'refused' | 'answered an out-of-corpus question' | 'evidence not in the top 5';
  top: string | null;
}

/** Metrics and misses for one retrieval mode. */
export interface ModeReport {
  mode: RetrievalMode;
  metrics: Metrics;
  misses: Miss[];
}

/** Asks every question through `service` and scores the answers. */
export async function evaluate(mode: RetrievalMode, service: AnswerService, items: readonly QaItem[], k = 5): Promise<ModeReport> {
  const answers: Answer[] = [];
  for (const item of items) answers.push(await service.ask(item.question, { k }));
  const misses: Miss[] = [];
  items.forEach((item, i) => {
    const answer = answers[i]!;
    const top = answer.passages[0]?.quote.slice(0, 160) ?? null;
    if (!isAnswerableItem(item)) {
      if (answer.answerable) misses.push({ id: item.id, question: item.question, why: 'answered an out-of-corpus question', top });
    } else if (!answer.answerable) {
      misses.push({ id: item.id, question: item.question, why: 'refused', top: answer.suggestions.join(' | ') || null });
    } else if (hitRank(item, answer) === null) {
      misses.push({ id: item.id, question: item.question, why: 'evidence not in the top 5', top });
    }
  });
  return { mode, metrics: score(items, answers), misses };
}

const pct = (x: number | null) => (x === null ? '  n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

/** A fixed-width table: one row per mode. */
export function formatTable(reports: readonly ModeReport[]): string {
  const header = 'mode     n    hit@1   hit@3   hit@5   MRR    abstain-recall  false-abstain';
  const rows = reports.map(({ mode, metrics: m }) =>
    `${mode.padEnd(7)} ${String(m.n).padStart(4)}  ${pct(m.hit1)}  ${pct(m.hit3)}  ${pct(m.hit5)}  ${m.mrr.toFixed(3)}  ${pct(m.abstainRecall).padStart(14)}  ${pct(m.falseAbstainRate).padStart(13)}`,
  );
  return [header, ...rows].join('\n');
}
