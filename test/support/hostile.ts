import fc from 'fast-check';

/**
 * Generated hostile text for the property tests of everything that renders untrusted text:
 * terminal escapes, C0/C1 controls, bidirectional and zero-width characters, markdown, mention
 * syntax, links (safe and not), surrogate pairs and long runs.
 */

/** Pieces an attacker or a bad scrape puts in text; `hostileText` strings them together. */
const PIECES = [
  '\x1b[2J',
  '\x1b[31m',
  '\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\',
  '\x07',
  '\x00',
  '\r',
  '\r\n',
  '\n',
  '\t',
  '\x7f',
  '\x9b2J',
  '\u0085',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u2028',
  '\u2029',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '<t:1700000000:R>',
  '<:emo:123>',
  '</cmd:1>',
  '**',
  '*',
  '_',
  '__',
  '~~',
  '||',
  '`',
  '```',
  '\\',
  '# ',
  '- ',
  '1. ',
  '> ',
  '>>> ',
  '-# ',
  '[masked](https://evil.example)',
  'https://gazette.example/a_b*c*`d`~e~|f|',
  'https://',
  'javascript:alert(1)',
  '. ',
  '! ',
  '? ',
  'Sen. ',
  ' ',
  'word',
  '😀',
  '👨‍👩‍👧',
  'é',
];

/**
 * Hostile text: up to `maxPieces` pieces, mixed with arbitrary (full Unicode) strings; one in ten
 * also holds a long run (thousands of markers, bidi overrides or words), which is what costs time.
 */
export function hostileText(maxPieces = 30): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  );
  const short = fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(''));
  const run = fc
    .tuple(fc.constantFrom('*', 'x ', '@here', '\u202e', '😀'), fc.integer({ min: 100, max: 1500 }))
    .map(([c, n]) => c.repeat(n));
  const long = fc.tuple(short, run, short).map((parts) => parts.join(''));
  return fc.oneof({ weight: 9, arbitrary: short }, { weight: 1, arbitrary: long });
}

/** A source link as a corpus might hold it: usually a plain web link, sometimes hostile. */
export function hostileUrl(): fc.Arbitrary<string | null> {
  return fc.oneof(
    fc.constant(null),
    fc.webUrl(),
    fc.constantFrom('javascript:alert(1)', 'https://gazette.example/\u202emoc.elgoog', 'https://a.example/\x1b[2J', 'data:text/html,x'),
    hostileText(6).map((s) => `https://gazette.example/${s}`),
  );
}

/** C0 (but tab and newline), DEL, C1, bidi, zero-width and line/paragraph separator characters. */
export const UNSAFE_FOR_DISPLAY =
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u2069\ufeff]/;
