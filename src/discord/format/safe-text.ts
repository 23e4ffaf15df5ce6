import { escapeMarkdown } from 'discord.js';

/**
 * Turns untrusted text (questions, corpus quotes, titles) into Discord markdown that shows the
 * text as written: no formatting, no pings, no clickable mention pills.
 *
 * Every change is either a backslash before a character or a zero-width space, so the visible
 * text is exactly the input; `visibleText` in the tests inverts it to prove quotes are verbatim.
 */
export const ZERO_WIDTH_SPACE = '\u200b';

/**
 * `<@id>`, `<@!id>`, `<@&id>`, `<#id>`, `<t:…>`, `<:emoji:id>`, `</cmd:id>` all render as pills or
 * widgets instead of the characters; a zero-width space after `<` leaves them as plain text.
 * `@everyone`/`@here` are broken the same way, so they never render (or ping) even if a
 * message were ever sent without `allowed_mentions`.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(/<(?=[@#:/a-z])/gi, `<${ZERO_WIDTH_SPACE}`).replace(/@(?=(everyone|here)\b)/gi, `@${ZERO_WIDTH_SPACE}`);
}

/** Markdown- and mention-safe text for one or more lines. */
export function safeText(raw: string): string {
  // escapeMarkdown's lookbehinds rescan the line for every marker (seconds on a long line), so
  // it sees bounded, word-aligned chunks. Its escapes are local and escapeRemaining catches any
  // marker left bare, so chunking changes nothing visible (at worst an extra harmless escape).
  const escaped = chunks(raw, 200)
    .map((chunk) =>
      escapeMarkdown(chunk, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
        // Block quotes (`>`, `>>>`) and subtext (`-#`) at a line start are not covered by escapeMarkdown.
        .replace(/^(\s*)(>|-#)/gm, '$1\\$2'),
    )
    .join('');
  return neutralizeMentions(escapeRemaining(escaped));
}

/** Consecutive pieces of about `size` characters, cut after whitespace when there is some. */
function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    let end = start + size;
    while (end > start + 1 && !/\s/.test(text[end - 1]!)) end -= 1;
    if (end === start + 1 && !/\s/.test(text[start]!)) end = start + size;
    if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end += 1; // keep surrogate pairs whole
    out.push(text.slice(start, end));
    start = end;
  }
  out.push(text.slice(start));
  return out;
}

/**
 * escapeMarkdown pairs markers heuristically and, in long runs such as `*****…`, leaves some
 * unescaped; this pass escapes every inline marker (and `[`, so no masked link survives
 * chunking) still bare. Linear: walks escape pairs.
 * Like escapeMarkdown, it leaves URLs alone, where a backslash would break the link.
 */
const URL_AT = /https?:\/\/\S*/y;
function escapeRemaining(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    URL_AT.lastIndex = i;
    const url = c === 'h' ? URL_AT.exec(text) : null;
    if (url) {
      out += url[0];
      i += url[0].length - 1;
    } else if (c === '\\') {
      out += c + (text[i + 1] ?? '');
      i += 1;
    } else out += '*_~|`['.includes(c) ? `\\${c}` : c;
  }
  return out;
}

/** `raw` as a Discord block quote: every line, including blank ones, starts with `> `. */
export function blockQuote(raw: string): string {
  // Escaping adds no line breaks and its line-start rules are multi-line, so escape once.
  return safeText(raw)
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}

/**
 * Shortens text that is ours to shorten (titles, the echoed question), never a quote.
 * Cuts on a code point boundary and marks the cut with `…`.
 */
export function truncate(raw: string, max: number): string {
  const chars = Array.from(raw);
  if (chars.length <= max) return raw;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

/** One line of text: runs of whitespace (including newlines) become one space. */
export function oneLine(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** A link shown without an embed preview (`<…>`), or null when it is not a plain http(s) URL. */
export function quietLink(url: string | null, maxLength = 300): string | null {
  if (!url || url.length > maxLength || !/^https?:\/\/[^\s<>]+$/i.test(url)) return null;
  return `<${url}>`;
}
