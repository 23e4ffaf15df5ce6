import { describe, expect, it } from 'vitest';
import { safeText } from '../../../src/discord/format/safe-text.js';
import { visibleText } from '../../../src/testing/discord-standin/inspect.js';

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
});
