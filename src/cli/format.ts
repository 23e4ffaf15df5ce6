import { markedQuote } from '../answer/quote-parts.js';
import type { Answer, QuotedPassage } from '../answer/types.js';
import type { ArticleSource } from '../corpus/types.js';

/** "teleSUR English · Title · 2017-06 · no link" */
export function formatSource(source: ArticleSource): string {
  return [source.outlet ?? 'unknown outlet', `“${source.title}”`, source.published ?? 'undated', source.url ?? 'no link known'].join(' · ');
}

/** Numbered quotes, each indented (a gap in the source marked on its own line), its source under it. */
function quoteLines(passages: readonly QuotedPassage[]): string[] {
  return passages.flatMap((p, i) => {
    const quote = markedQuote(p)
      .split('\n')
      .filter((l) => l.trim() !== '');
    return [`${i + 1}. ${quote[0]}`, ...quote.slice(1).map((l) => `   ${l}`), `   — ${formatSource(p.source)}`, ''];
  });
}

/**
 * The answer as terminal text. No answer: the line saying what is missing, then the closest
 * passages labelled as related (they do not answer), or the subjects the corpus covers.
 */
export function formatAnswerText(answer: Answer): string {
  const lines = [`Q: ${answer.question}`, ...(answer.readAs ? [`Read as: ${answer.readAs}`] : []), ''];
  if (!answer.answerable) {
    lines.push(answer.gap ?? 'The corpus has no passage that answers this.');
    if (answer.related.length > 0) {
      lines.push('', 'Related passages (they do not answer the question):', '', ...quoteLines(answer.related));
    } else if (answer.suggestions.length > 0) {
      lines.push('', 'It does cover:', ...answer.suggestions.map((s) => `  - ${s}`));
    }
    return lines.join('\n').trimEnd();
  }
  if (answer.gap) lines.push(answer.gap, '');
  lines.push(...quoteLines(answer.passages));
  return lines.join('\n').trimEnd();
}

function passageJson(p: QuotedPassage) {
  return {
    quote: p.quote,
    // Offsets in `quote` where cleaning removed text from the source: the quote is contiguous in
    // the corpus file between them, and a reader shows "[…]" there.
    gaps: p.gaps,
    score: Number(p.score.toFixed(6)),
    source: { title: p.source.title, outlet: p.source.outlet, published: p.source.published, url: p.source.url, file: p.source.file },
  };
}

/** The answer as the documented JSON shape (one line). */
export function formatAnswerJson(answer: Answer): string {
  return JSON.stringify({
    question: answer.question,
    readAs: answer.readAs,
    answerable: answer.answerable,
    passages: answer.passages.map(passageJson),
    gap: answer.gap,
    missing: answer.missing,
    related: answer.related.map(passageJson),
    suggestions: answer.suggestions,
  });
}
