import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneLine, quietLink, safeText } from '../../../src/discord/format/safe-text.js';
import { visibleText } from '../../../src/testing/discord-standin/inspect.js';
import { showInvisible } from '../../../src/text/visible.js';
import { UNSAFE_FOR_DISPLAY, hostileText } from '../../support/hostile.js';

/** Mentions of every kind Discord parses, and every markdown construct, to be neutralised. */
const HOSTILE =
  '@everyone @here <@123456789012345678> <@!123456789012345678> <@&123456789012345678> <#123456789012345678> <t:1700000000:R> <:emo:123456789012345678>';
const MARKDOWN =
  '**bold** *it* _u_ __under__ ~~del~~ ||spoiler|| `code` ```fence``` \\backslash [masked](https://evil.example) \n# Heading\n- list\n1. numbered\n> quote\n-# subtext';

describe('safeText', () => {
  it('keeps the visible text of any input (randomised)', () => {
    const alphabet = [
      '*',
      '_',
      '~',
      '|',
      '`',
      '\\',
      '#',
      '-',
      '>',
      '[',
      ']',
      '(',
      ')',
      '<',
      '@',
      ':',
      '.',
      '1',
      ' ',
      '\n',
      'a',
      'h',
      'ttps://',
      'everyone',
      '😀',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let n = 0; n < 500; n += 1) {
      const text = Array.from({ length: Math.floor(random() * 400) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(visibleText(safeText(text))).toBe(text);
    }
  });

  it('leaves no bare inline marker and no live mention', () => {
    const out = safeText(`${'*'.repeat(13)} ${HOSTILE} ${MARKDOWN}`);
    expect(out.replace(/\\./g, '')).not.toMatch(/[*_~|`[]/);
    expect(out).not.toMatch(/@(everyone|here)|<[@#:t]/);
  });

  it('shows bidirectional and zero-width characters as visible markers instead of sending them', () => {
    const out = safeText('Ministry of \u202Eecnef\u202C\u2066ed\u2069 said\u200B so\u200F.');
    expect(out).not.toMatch(UNSAFE_FOR_DISPLAY);
    expect(out).toContain('⟨U+202E⟩ecnef⟨U+202C⟩');
    expect(oneLine('Reuters\u202E \u2067x')).toBe('Reuters⟨U+202E⟩ ⟨U+2067⟩x');
  });

  it('copies a link as it is: no backslash inside it, however long or full of markdown', () => {
    const url = 'https://gazette.example/a_b*c*/`code`/~d~/__init__.py';
    const long = `https://gazette.example/${'path_with_under_scores/'.repeat(12)}end`;
    for (const link of [url, long]) {
      const out = safeText(`See ${'x '.repeat(95)}${link} and *this*.`);
      expect(out).toContain(` ${link} `);
      expect(out).toContain('\\*this\\*');
    }
  });

  it('keeps the visible text of hostile input, with invisible characters shown, and sends none of them (property)', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const out = safeText(text);
        expect(visibleText(out)).toBe(showInvisible(text));
        expect(out.replace(/(?<=[<@])\u200b/g, '')).not.toMatch(UNSAFE_FOR_DISPLAY);
        expect(out).not.toMatch(/@(everyone|here)|<[@#:/]|<t:/i);
      }),
      { numRuns: 200 },
    );
  });
});

describe('quietLink', () => {
  it('wraps a plain http(s) link so it shows no preview', () => {
    expect(quietLink('https://gazette.example/a_b')).toBe('<https://gazette.example/a_b>');
  });

  it('refuses other schemes and links disguised by bidi, control or zero-width characters', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'https://gazette.example/\u202Emoc.elgoog',
      'https://gazette.example/\u2066x\u2069',
      'https://gazette.example/\x1b[2J',
      'https://goo\u200Bgle.example/',
      'https://gazette.example/@everyone',
    ])
      expect(quietLink(url), JSON.stringify(url)).toBeNull();
  });
});
