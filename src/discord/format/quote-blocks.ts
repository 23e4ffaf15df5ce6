import { CONTENT_LIMIT, pack, splitToFit } from './paginate.js';
import type { QuoteFocus } from '../../answer/types.js';
import { neutralizeMentions, safeText } from './safe-text.js';

/**
 * Quotes as message blocks: a block quote with its attribution line under it, split into
 * attributed parts when it exceeds a message, and a budget that stops rendering once a reply
 * can show no more.
 */

/**
 * Collects blocks up to what `maxMessages` messages can show, then only counts what is left,
 * so a huge answer costs no rendering work that would be thrown away.
 */
export class Budget {
  readonly #blocks: string[];
  #left: number;
  #skipped = 0;

  constructor(
    header: string,
    private readonly maxMessages: number,
  ) {
    this.#blocks = [header];
    this.#left = maxMessages * CONTENT_LIMIT - header.length;
  }

  /** Adds the blocks `render` makes with at most `room` characters of quote, if any room is left. */
  add(render: (room: number) => string[]): void {
    if (this.#left <= 0) {
      this.#skipped += 1;
      return;
    }
    const blocks = render(this.#left);
    this.#blocks.push(...blocks);
    this.#left -= blocks.reduce((n, b) => n + b.length + 2, 0);
  }

  /** The message contents, with a visible note for whatever did not fit. */
  pages(): string[] {
    const note = (n: number) => `*… ${n + this.#skipped} more quoted part(s) not shown: Discord limits how long a reply can be.*`;
    return pack(this.#blocks, { maxMessages: this.maxMessages, overflowNote: note });
  }
}

/**
 * A quote with its attribution under it, its `focus` in bold; an oversized quote becomes
 * consecutive parts, each attributed (and plain). A reply has a bounded number of messages, so a
 * quote longer than the room left (`maxChars`) is cut, with a note outside the quote saying how
 * much is not shown.
 */
export function quoteBlocks(
  quote: string,
  attribute: (part: string) => string,
  heading: string,
  maxChars: number,
  focus: QuoteFocus | null = null,
): string[] {
  const lead = heading ? `${heading}\n` : '';
  // Escaping never shortens text, so raw length rules out most candidates cheaply.
  if (lead.length + quote.length + attribute('').length < CONTENT_LIMIT) {
    const whole = `${lead}${blockQuote(quote, focus)}\n${attribute('')}`;
    if (whole.length <= CONTENT_LIMIT) return [whole];
  }
  const shown = cutAtSpace(quote, Math.max(maxChars, 1));
  const note =
    shown.length < quote.length ? `\n*… the quote goes on for ${quote.length - shown.length} more characters in the article.*` : '';
  const room = CONTENT_LIMIT - lead.length - 1 - attribute(' (part 999/999)').length - note.length;
  // Whitespace at the edges of a part is where the cut fell, not text worth a blank quoted line.
  const fits = (piece: string) => piece.trim().length + 2 <= room && blockQuote(piece.trim()).length <= room;
  const pieces = splitToFit(shown, fits);
  return pieces.map(
    (piece, i) =>
      `${i === 0 ? lead : ''}${blockQuote(piece.trim())}\n${attribute(` (part ${i + 1}/${pieces.length})`)}${i === pieces.length - 1 ? note : ''}`,
  );
}

/** At most `max` characters of `text`, ending at a space when one is near, never inside a surrogate pair. */
function cutAtSpace(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  let end = space > max - 200 ? space : max;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end -= 1;
  return text.slice(0, end);
}

/**
 * `raw` as a Discord block quote: every line, including blank ones, starts with `> `. The
 * `focus` range of `raw`, when given, is in bold: where a block of quotes holds the answer.
 */
function blockQuote(raw: string, focus: QuoteFocus | null = null): string {
  // Escaping adds no line breaks and its line-start rules are multi-line, so escape once.
  const text = focus ? emphasised(raw, focus) : safeText(raw);
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}

/**
 * `raw` escaped, with the `focus` range in bold line by line: Discord's bold ends at a line break,
 * and its markers must touch text, not spaces. The three pieces are escaped apart, so no marker
 * can pair with one of the text's (escaping a piece's start as if it opened a line only adds a
 * backslash Discord does not show); a line whose text ends in a backslash is left plain.
 */
function emphasised(raw: string, focus: QuoteFocus): string {
  const bold = safeText(raw.slice(focus.start, focus.end))
    .split('\n')
    .map((line) => {
      const [, lead, body, tail] = /^(\s*)(.*?)(\s*)$/su.exec(line)!;
      return body === '' || /\\$/.test(body!) ? line : `${lead}**${body}**${tail}`;
    })
    .join('\n');
  return neutralizeMentions(safeText(raw.slice(0, focus.start)) + bold + safeText(raw.slice(focus.end)));
}
