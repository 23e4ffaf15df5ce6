/** The text of a file, or why it cannot be used as an article. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file as UTF-8 text (a leading byte-order mark is dropped). Files with NUL bytes or
 * invalid UTF-8 are refused rather than guessed at: a wrong guess would put mojibake in quotes.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), skipped' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text, skipped' };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file, skipped' };
  return { ok: true, text };
}
