import { markedFocus } from '../answer/quote-parts.js';
import type { Answer, QuotedPassage } from '../answer/types.js';
import type { ArticleSource } from '../corpus/types.js';
import { showInvisible, webUrl } from '../text/visible.js';

/**
 * What `npm run ask` prints. Every field is untrusted corpus or user text: the terminal text has
 * each control, bidirectional and zero-width character shown as a visible marker (so no escape
 * sequence reaches the terminal), and a link that is not plain http(s) is not printed at all.
 */

/** "teleSUR English · Title · 2017-06 · no link known" (an unsafe link such as `javascript:` says so instead). */
export function formatSource(source: ArticleSource): string {
  const link = source.url === null ? 'no link known' : (webUrl(source.url) ?? 'link not shown (not a plain http(s) URL)');
  return [source.outlet ?? 'unknown outlet', `“${source.title}”`, source.published ?? 'undated', link].join(' · ');
}

/** Stand for bold on and off until the text is made safe for a terminal (private-use characters). */
const BOLD_ON = '\ue000';
const BOLD_OFF = '\ue001';

/** The quote, with its focus between bold marks line by line when `bold` (a terminal's bold does not need to end at a line break, but indentation should not be bold). */
function focusedQuote(p: QuotedPassage, bold: boolean): string {
  const { text, focus } = markedFocus(p);
  if (!bold || focus === null) return text;
  const inside = text.slice(focus.start, focus.end).replace(/\n/g, `${BOLD_OFF}\n${BOLD_ON}`);
  return `${text.slice(0, focus.start)}${BOLD_ON}${inside}${BOLD_OFF}${text.slice(focus.end)}`;
}

/** Numbered quotes, each indented (a gap in the source marked on its own line), its source under it. */
function quoteLines(passages: readonly QuotedPassage[], bold = false): string[] {
  return passages.flatMap((p, i) => {
    const quote = focusedQuote(p, bold)
      .split(/\r\n|[\r\n\u2028\u2029]/)
      .filter((l) => l.replaceAll(BOLD_ON, '').replaceAll(BOLD_OFF, '').trim() !== '');
    return [`${i + 1}. ${quote[0]}`, ...quote.slice(1).map((l) => `   ${l}`), `   — ${formatSource(p.source)}`, ''];
  });
}

/**
 * The answer as terminal text. No answer: the line saying what is missing, then the closest
 * passages labelled as related (they do not answer), or the subjects the corpus covers. With
 * `bold` (a terminal that takes colour), a quote that merges touching passages shows its best one in bold.
 */
export function formatAnswerText(answer: Answer, options: { bold?: boolean } = {}): string {
  // An answer that itself holds the marks' characters is shown without bold, so no text of it becomes a code.
  const bold = (options.bold ?? false) && !/[\ue000\ue001]/u.test(JSON.stringify(answer));
  // Shown at the end, once, so that no field can be missed; only then do the bold marks become escape codes.
  const text = showInvisible(answerLines(answer, bold).join('\n').trimEnd());
  return bold ? text.replaceAll(BOLD_ON, '\x1b[1m').replaceAll(BOLD_OFF, '\x1b[22m') : text;
}

function answerLines(answer: Answer, bold: boolean): string[] {
  const lines = [`Q: ${answer.question}`, ...(answer.readAs ? [`Read as: ${answer.readAs}`] : [])];
  // A question in another language that could not be read in English says so, and what to install.
  if (answer.untranslated) lines.push(`Not translated (${answer.language}): ${answer.untranslated.detail}. Searched as written.`);
  lines.push('');
  if (!answer.answerable) {
    lines.push(answer.gap ?? 'The corpus has no passage that answers this.');
    if (answer.related.length > 0) {
      // An untranslated question was not read: its passages share its names, nothing more is judged.
      const below = answer.untranslated
        ? 'Passages that share names with the question:'
        : 'Related passages (they do not answer the question):';
      lines.push('', below, '', ...quoteLines(answer.related));
    } else if (answer.suggestions.length > 0) {
      lines.push('', 'It does cover:', ...answer.suggestions.map((s) => `  - ${s}`));
    }
    return lines;
  }
  if (answer.gap) lines.push(answer.gap, '');
  lines.push(...quoteLines(answer.passages, bold));
  return lines;
}

function passageJson(p: QuotedPassage) {
  return {
    quote: p.quote,
    // Offsets in `quote` where cleaning removed text from the source: the quote is contiguous in
    // the corpus file between them, and a reader shows "[…]" there.
    gaps: p.gaps,
    // Ranges of `quote` ({start, end}) left out between two parts that each answer the question; a reader shows "[…]" there.
    skipped: p.skipped ?? [],
    // Offsets in `quote` of the best-ranked passage when the quote merges it with touching ones; null otherwise.
    focus: p.focus ?? null,
    score: Number(p.score.toFixed(6)),
    source: {
      title: p.source.title,
      outlet: p.source.outlet,
      published: p.source.published,
      url: webUrl(p.source.url),
      file: p.source.file,
    },
  };
}

/**
 * JSON.stringify escapes C0 controls but writes C1 controls, bidirectional and zero-width
 * characters (and U+2028/U+2029) raw; as `\uXXXX` escapes they reach no terminal, and the
 * parsed strings are unchanged, so quotes stay verbatim for whoever reads the JSON.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** The answer as the documented JSON shape (one line); a `url` that is not plain http(s) is null. */
export function formatAnswerJson(answer: Answer): string {
  return stringify({
    question: answer.question,
    readAs: answer.readAs,
    language: answer.language,
    untranslated: answer.untranslated,
    answerable: answer.answerable,
    passages: answer.passages.map(passageJson),
    gap: answer.gap,
    missing: answer.missing,
    related: answer.related.map(passageJson),
    suggestions: answer.suggestions,
  });
}

function stringify(value: unknown): string {
  return JSON.stringify(value).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
