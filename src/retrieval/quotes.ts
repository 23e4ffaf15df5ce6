import { splitSentences, type Span } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';

/** Where a quote sits in its article's cleaned text. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/** Knobs for quote selection. */
export interface QuoteSettings {
  /** A quote grows by a neighbouring sentence while it stays under this length. */
  maxChars: number;
  /** A best sentence shorter than this always takes a neighbour, so it reads on its own. */
  minChars: number;
}

export const DEFAULT_QUOTES: QuoteSettings = { maxChars: 480, minChars: 140 };

// A sentence that leans on the one before it: a pronoun or connective, or a quote's continuation.
const LEANS_BACK =
  /^(?:[“"‘']?\s*)(?:But|And|However|Yet|Still|Also|He|She|It|They|This|That|These|Those|His|Her|Its|Their|Such|The official|Later|Then|Meanwhile)\b|^[a-z(]/;

/** Sum of idf over the distinct query terms a sentence contains. */
function overlap(sentence: string, query: ReadonlySet<string>, idf: (term: string) => number): number {
  let score = 0;
  for (const term of new Set(tokenize(sentence))) if (query.has(term)) score += idf(term);
  return score;
}

/**
 * Picks the sentence or two of a passage that answer the query, as offsets into the article
 * text: the best-matching sentence, widened by a neighbour when it is short, leans on the
 * sentence before it, or the neighbour matches too. Pure; the quote is always whole sentences.
 */
export function selectQuote(
  articleText: string,
  passage: QuoteSpan,
  queryTerms: ReadonlySet<string>,
  idf: (term: string) => number,
  settings: QuoteSettings = DEFAULT_QUOTES,
  bonus?: (sentence: string) => number,
): QuoteSpan {
  const sentences: Span[] = splitSentences(articleText.slice(passage.start, passage.end), passage.start);
  if (sentences.length <= 1) return passage;
  // `bonus` lets the caller favour the sentence that carries what the question hinges on.
  const scores = sentences.map((s) => {
    const text = articleText.slice(s.start, s.end);
    return overlap(text, queryTerms, idf) + (bonus?.(text) ?? 0);
  });
  let best = 0;
  scores.forEach((s, i) => {
    if (s > scores[best]!) best = i;
  });
  let first = best;
  let last = best;
  const length = () => sentences[last]!.end - sentences[first]!.start;
  const text = (i: number) => articleText.slice(sentences[i]!.start, sentences[i]!.end);
  // Widen: first back if this sentence leans on the previous one, then toward the better neighbour.
  while (first > 0 && LEANS_BACK.test(text(first)) && sentences[first]!.end - sentences[first - 1]!.start <= settings.maxChars) first--;
  for (;;) {
    const before = first > 0 ? scores[first - 1]! : -1;
    const after = last < sentences.length - 1 ? scores[last + 1]! : -1;
    if (before < 0 && after < 0) break;
    const takeAfter = after > before || (after === before && after >= 0);
    const nextLength = takeAfter ? sentences[last + 1]!.end - sentences[first]!.start : sentences[last]!.end - sentences[first - 1]!.start;
    const wanted = length() < settings.minChars || Math.max(before, after) > 0;
    if (!wanted || nextLength > settings.maxChars) break;
    if (takeAfter) last++;
    else first--;
  }
  return { start: sentences[first]!.start, end: sentences[last]!.end };
}

/**
 * Merges quotes of one article that overlap or touch (only whitespace between them), so the
 * same text is never shown twice. Input order is kept for the first quote of each merged group.
 * Touching in the cleaned text is not touching in the corpus file: a merged span may reach
 * across a line cleaning removed, which the caller marks (answer/compose records the gaps).
 */
export function mergeOverlapping<T extends QuoteSpan>(articleText: string, quotes: readonly T[]): T[] {
  const out: T[] = [];
  for (const quote of quotes) {
    const hit = out.findIndex(
      (q) =>
        (quote.start <= q.end && q.start <= quote.end) ||
        articleText.slice(Math.min(q.end, quote.end), Math.max(q.start, quote.start)).trim() === '',
    );
    if (hit < 0) out.push({ ...quote });
    else out[hit] = { ...out[hit]!, start: Math.min(out[hit]!.start, quote.start), end: Math.max(out[hit]!.end, quote.end) };
  }
  return out;
}

/** True when `quote` is exactly the article text at its offsets: the last check before showing it. */
export function isVerbatim(articleText: string, quote: string, span: QuoteSpan): boolean {
  return quote.length > 0 && articleText.slice(span.start, span.end) === quote;
}
