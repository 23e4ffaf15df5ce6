import { escapeMarkdown } from 'discord.js';
import { showInvisible, webUrl } from '../../text/visible.js';

/**
 * Turns untrusted text (questions, corpus quotes, titles) into Discord markdown that shows the
 * text as written: no formatting, no pings, no clickable mention pills.
 *
 * Every change is a backslash before a character, a zero-width space, or a control,
 * bidirectional or zero-width character of the input shown as a `⟨U+XXXX⟩` marker
 * (`showInvisible`), so the visible text is the input with those made visible; `visibleText` in
 * the tests inverts the escapes to prove quotes are verbatim.
 */
export const ZERO_WIDTH_SPACE = '\u200b';

/**
 * `<@id>`, `<@!id>`, `<@&id>`, `<#id>`, `<t:…>`, `<:emoji:id>`, `</cmd:id>` all render as pills or
 * widgets instead of the characters; a zero-width space after `<` leaves them as plain text.
 * `@everyone`/`@here` are broken the same way, so they never render (or ping) even if a
 * message were ever sent without `allowed_mentions`.
 */
export function neutralizeMentions(text: string): string {
  return neutralizeGroupMentions(text.replace(/<(?=[@#:/a-z])/gi, `<${ZERO_WIDTH_SPACE}`));
}

/**
 * Breaks only the mentions that reach many people (`@everyone`, `@here`, `<@&role>`), for the
 * bot's own notices: they show user and channel pills on purpose (which, with allowed_mentions
 * empty, ping nobody) but may echo what a user typed.
 */
export function neutralizeGroupMentions(text: string): string {
  return text.replace(/<@&/g, `<${ZERO_WIDTH_SPACE}@&`).replace(/@(?=everyone|here)/gi, `@${ZERO_WIDTH_SPACE}`);
}

/**
 * A bare link as Discord's autolinker reads it. Links are copied as they are: a backslash in one
 * would become part of where it leads. Discord does not parse markdown inside a link.
 */
const URL = /https?:\/\/[^\s<]+[^<.,:;"')\]\s]/g;

/** Markdown- and mention-safe text for one or more lines. */
export function safeText(raw: string): string {
  const text = showInvisible(raw);
  let out = '';
  let last = 0;
  for (const url of text.matchAll(URL)) {
    out += escapeProse(text.slice(last, url.index)) + url[0];
    last = url.index + url[0].length;
  }
  return neutralizeMentions(out + escapeProse(text.slice(last)));
}

/** Escapes every markdown construct of text that holds no link. */
function escapeProse(text: string): string {
  // escapeMarkdown's lookbehinds rescan the line for every marker (seconds on a long line), so
  // it sees bounded, word-aligned chunks. Its escapes are local and escapeRemaining catches any
  // marker left bare, so chunking changes nothing visible (at worst an extra harmless escape).
  const escaped = chunks(text, 200)
    .map((chunk) =>
      escapeMarkdown(chunk, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
        // Block quotes (`>`, `>>>`) and subtext (`-#`) at a line start are not covered by escapeMarkdown.
        .replace(/^(\s*)(>|-#)/gm, '$1\\$2'),
    )
    .join('');
  // A scheme left in prose (`https://_`) is not a link yet, but the backslashes escaping adds
  // could make one (`https://\\_`) that shows them; an escaped colon keeps it from linking.
  return escapeRemaining(escaped).replace(/(https?):\/\//g, '$1\\://');
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
 * chunking) still bare. Linear: walks escape pairs. It never sees a link (safeText keeps them apart).
 */
function escapeRemaining(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\\') {
      out += c + (text[i + 1] ?? '');
      i += 1;
    } else out += '*_~|`['.includes(c) ? `\\${c}` : c;
  }
  return out;
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

/**
 * One line of display text: runs of whitespace (including newlines) become one space, and
 * control, bidirectional and zero-width characters are shown as markers. Doing it before
 * `truncate` keeps the markers inside the length bound.
 */
export function oneLine(raw: string): string {
  return showInvisible(raw).replace(/\s+/g, ' ').trim();
}

/**
 * A link shown without an embed preview (`<…>`), or null when it is not a plain http(s) URL
 * (`javascript:`, or one holding a bidirectional or invisible character that disguises it), or
 * when it holds `@everyone` or `@here`.
 */
export function quietLink(url: string | null, maxLength = 300): string | null {
  const safe = webUrl(url);
  // Escaping would break the link, so one that spells a group ping is not shown at all.
  if (safe === null || safe.length > maxLength || /@(everyone|here)/i.test(safe)) return null;
  return `<${safe}>`;
}
