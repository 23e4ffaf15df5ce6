/**
 * Characters that change how text is displayed without being seen, and how to show them.
 *
 * Corpus text, titles, outlets and questions are untrusted. Printed raw, a control character
 * drives the terminal (`ESC [2J` clears it, OSC 8 plants a hidden hyperlink), a bidirectional
 * control reorders what a reader sees (`\u202E` makes `moc.elgoog` read `google.com`), and a
 * zero-width character hides inside a word. Output code shows each as a visible `⟨U+XXXX⟩`
 * marker instead: stored text and quotes stay verbatim, only their display changes.
 */

/**
 * Every character output must not pass through raw: C0 controls except tab and newline, DEL,
 * C1 controls, the bidirectional marks, embeddings, overrides and isolates, and the zero-width
 * characters that have no use in prose (ZWJ and ZWNJ stay: emoji and several scripts need them).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Line breaks other than `\n`: a bare CR moves a terminal's cursor back over the line. */
const LINE_BREAK = /\r\n|[\r\u2028\u2029]/g;

/** `U+202E`-style name of a character (one UTF-16 unit: every INVISIBLE character is in the BMP). */
function codePointName(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The text with every line break as `\n` and every {@link INVISIBLE} character as a visible
 * `⟨U+XXXX⟩` marker. Idempotent: markers contain no invisible character.
 */
export function showInvisible(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(INVISIBLE, (c) => `⟨${codePointName(c)}⟩`);
}

/** Terminal escape sequences: CSI (`ESC [ 31 m`), OSC (`ESC ] 8 ; ; url BEL`) and two-character escapes. */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const ESCAPE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]/g;

/**
 * The text as a reader sees it: terminal escape sequences and {@link INVISIBLE} characters
 * removed, so that "ven\u200Bezuela" is read as "venezuela" and a pasted colour code does not
 * become a word. For reading a question only: output shows them with {@link showInvisible}.
 */
export function withoutControls(text: string): string {
  return text.replace(ESCAPE, '').replace(LINE_BREAK, '\n').replace(INVISIBLE, '');
}

/** True when `text` holds a character {@link showInvisible} would mark. */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}

/**
 * The URL when it is a plain web link a reader can follow safely: `http:`/`https:`, no
 * whitespace, `<` or `>`, and no invisible character that could disguise where it leads.
 * Anything else (`javascript:`, `data:`, a right-to-left override in the path) is null.
 */
export function webUrl(url: string | null | undefined): string | null {
  // ZWJ, ZWNJ and the soft hyphen are harmless in prose but only disguise a link.
  if (!url || !/^https?:\/\/[^\s<>\u00ad\u200c\u200d]+$/i.test(url) || hasInvisible(url)) return null;
  return url;
}
