import { markedQuote } from '../answer/quote-parts.js';
import type { Answer } from '../answer/types.js';
import type { ArticleSource } from '../corpus/types.js';

/** "teleSUR English · Title · 2017-06 · no link" */
export function formatSource(source: ArticleSource): string {
  return [source.outlet ?? 'unknown outlet', `“${source.title}”`, source.published ?? 'undated', source.url ?? 'no link known'].join(' · ');
}

/** The answer as terminal text: each quote indented (a gap in the source marked on its own line), its source under it. */
export function formatAnswerText(answer: Answer): string {
  const lines = [`Q: ${answer.question}`, ''];
  if (!answer.answerable) {
    lines.push('The corpus has no passage that answers this.');
    if (answer.suggestions.length > 0) {
      lines.push('', 'It does cover:', ...answer.suggestions.map((s) => `  - ${s}`));
    }
    return lines.join('\n');
  }
  answer.passages.forEach((p, i) => {
    const quote = markedQuote(p).split('\n').filter((l) => l.trim() !== '');
    lines.push(`${i + 1}. ${quote[0]}`, ...quote.slice(1).map((l) => `   ${l}`), `   — ${formatSource(p.source)}`, '');
  });
  return lines.join('\n').trimEnd();
}

/** The answer as the documented JSON shape (one line). */
export function formatAnswerJson(answer: Answer): string {
  return JSON.stringify({
    question: answer.question,
    answerable: answer.answerable,
    passages: answer.passages.map((p) => ({
      quote: p.quote,
      score: Number(p.score.toFixed(6)),
      source: { title: p.source.title, outlet: p.source.outlet, published: p.source.published, url: p.source.url, file: p.source.file },
    })),
    suggestions: answer.suggestions,
  });
}
