import { describe, expect, it } from 'vitest';
import { hasInvisible, showInvisible, webUrl, withoutControls } from '../../src/text/visible.js';

describe('showInvisible', () => {
  it('shows terminal escapes, C1 controls, bidi controls and zero-width spaces as U+ markers', () => {
    expect(showInvisible('a\x1b[2J\x00\x7f\x9b\u202E\u2066\u200F\u200B\uFEFFb')).toBe(
      'a⟨U+001B⟩[2J⟨U+0000⟩⟨U+007F⟩⟨U+009B⟩⟨U+202E⟩⟨U+2066⟩⟨U+200F⟩⟨U+200B⟩⟨U+FEFF⟩b',
    );
  });

  it('keeps tab, newline, emoji joiners and ordinary text, and turns other line breaks into newlines', () => {
    expect(showInvisible('a\tb\nc👨‍👩‍👧 é')).toBe('a\tb\nc👨‍👩‍👧 é');
    expect(showInvisible('a\r\nb\rc\u2028d\u2029e')).toBe('a\nb\nc\nd\ne');
  });

  it('is idempotent, and its result holds nothing invisible', () => {
    const once = showInvisible('\x1b]8;;http://evil.example\x1b\\click\u202E');
    expect(showInvisible(once)).toBe(once);
    expect(hasInvisible(once)).toBe(false);
    expect(hasInvisible('x\u2069')).toBe(true);
  });
});

describe('withoutControls', () => {
  it('removes terminal escape sequences and invisible characters, keeping the words a reader sees', () => {
    expect(withoutControls('what did \u001b[1;31mpompeo\u001b[0m say')).toBe('what did pompeo say');
    expect(withoutControls('\u001b]8;;https://x.example\u0007link\u001b]8;;\u0007 ven\u200bezuela\u202e')).toBe('link venezuela');
    expect(withoutControls('line\r\nnext\tcol 👩\u200d💻')).toBe('line\nnext\tcol 👩\u200d💻');
  });
});

describe('webUrl', () => {
  it('accepts plain http(s) links', () => {
    expect(webUrl('https://gazette.example/a_b?x=1#y')).toBe('https://gazette.example/a_b?x=1#y');
    expect(webUrl('HTTP://gazette.example/')).toBe('HTTP://gazette.example/');
  });

  it('refuses other schemes, and links with whitespace, controls, bidi or zero-width characters', () => {
    for (const url of [
      null,
      '',
      'javascript:alert(1)',
      'data:text/html,x',
      'https://a.example/\u202Emoc.elgoog',
      'https://a.example/\x1b[2J',
      'https://a\u200Db.example/',
      'https://a.example/ x',
    ])
      expect(webUrl(url), JSON.stringify(url)).toBeNull();
  });
});
