import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer, passage, source, unreadAnswer } from '../support/answers.js';
import { formatAnswerJson, formatAnswerText } from '../../src/cli/format.js';
import { hostileText, hostileUrl } from '../support/hostile.js';

/** formatAnswerText/Json are pure: these check what reaches the terminal for hostile corpus text. */

/** Any character a terminal acts on or that hides text, but newline (tab is harmless). */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/;

const ESCAPES = 'Clear\x1b[2J\x1b[31mred \x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\ \x9b2J bell\x07 cr\rover \u202Eevil';

describe('formatAnswerText', () => {
  it('says a question it could not translate was searched as written, and heads its passages as sharing names', () => {
    const text = formatAnswerText(unreadAnswer());
    expect(text).toContain('Not translated (es): the apertium command. Searched as written.');
    expect(text).toContain('Passages that share names with the question:');
    expect(text).not.toContain('they do not answer');
  });

  it('shows terminal escapes and bidi controls from quotes, titles, outlets and the question as visible markers', () => {
    const text = formatAnswerText(answer([passage(ESCAPES, source({ title: '\x1b[2JTitle', outlet: 'Out\u2066let' }))], `Why\x1b[2J?`));
    expect(text).not.toMatch(TERMINAL_UNSAFE);
    expect(text).toContain('Clear⟨U+001B⟩[2J⟨U+001B⟩[31mred ⟨U+001B⟩]8;;http://evil.example⟨U+001B⟩\\click');
    expect(text).toContain('⟨U+009B⟩2J bell⟨U+0007⟩');
    expect(text).toContain('⟨U+202E⟩evil');
    expect(text).toContain('Q: Why⟨U+001B⟩[2J?');
    expect(text).toContain('Out⟨U+2066⟩let · “⟨U+001B⟩[2JTitle”');
  });

  it('prints no javascript: or disguised link, only a plain http(s) one', () => {
    const links = ['javascript:alert(1)', 'https://gazette.example/\u202Emoc.elgoog', 'https://gazette.example/a_b'];
    const text = formatAnswerText(answer(links.map((url) => passage('Quote.', source({ url })))));
    expect(text).not.toMatch(/javascript:|moc\.elgoog/);
    expect(text.match(/link not shown/g)).toHaveLength(2);
    expect(text).toContain('· https://gazette.example/a_b');
  });

  it('prints no control character but newline (and tab) for any hostile answer (property)', () => {
    const src = fc.record({
      title: hostileText(),
      outlet: fc.option(hostileText()),
      published: fc.option(hostileText(3)),
      url: hostileUrl(),
    });
    const passages = fc.array(
      fc.tuple(hostileText(), src).map(([q, s]) => passage(q, source(s))),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(
        hostileText(),
        passages,
        fc.array(hostileText(), { maxLength: 3 }),
        fc.boolean(),
        (question, ps, suggestions, answerable) => {
          const text = formatAnswerText({ ...answer(ps, question), answerable, related: answerable ? [] : ps, suggestions, gap: question });
          expect(text).not.toMatch(TERMINAL_UNSAFE);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('formatAnswerText with bold', () => {
  const quote = 'Context first.\n\nThe answer here.\nMore of it.';
  const focused = { ...passage(quote), focus: { start: quote.indexOf('The answer'), end: quote.length } };

  it('shows the best passage of a merged quote in bold, line by line, and nothing else', () => {
    const text = formatAnswerText(answer([focused]), { bold: true });
    expect(text).toContain('1. Context first.\n   \x1b[1mThe answer here.\x1b[22m\n   \x1b[1mMore of it.\x1b[22m');
    expect(text.replaceAll('\x1b[1m', '').replaceAll('\x1b[22m', '')).toBe(formatAnswerText(answer([focused])));
  });

  it('prints no escape code without bold, or when the answer itself holds the marks characters', () => {
    expect(formatAnswerText(answer([focused]))).not.toContain('\x1b');
    const marked = { ...focused, quote: `${quote}\ue000`, end: quote.length + 1 };
    expect(formatAnswerText(answer([marked]), { bold: true })).not.toContain('\x1b');
  });
});

describe('formatAnswerJson', () => {
  it('gives the focus of a merged quote as offsets into it, null for a single passage', () => {
    const focused = { ...passage('Before. Best.'), focus: { start: 8, end: 13 } };
    const parsed = JSON.parse(formatAnswerJson(answer([focused, passage('Alone.')])));
    expect(parsed.passages.map((p: { focus: unknown }) => p.focus)).toEqual([{ start: 8, end: 13 }, null]);
  });

  it('escapes every control, bidi and zero-width character, and parses back to the verbatim quote', () => {
    const quote = `${ESCAPES} \u0085 \u2068x\u2069 zero\u200Bwidth \u2028`;
    const json = formatAnswerJson(answer([passage(quote, source({ title: 'T\u202E' }))]));
    expect(json).not.toMatch(TERMINAL_UNSAFE);
    expect(json).toContain('\\u009b2J');
    const parsed = JSON.parse(json);
    expect(parsed.passages[0].quote).toBe(quote);
    expect(parsed.passages[0].source.title).toBe('T\u202E');
  });

  it('gives null for a link that is not plain http(s)', () => {
    const json = formatAnswerJson(
      answer([passage('Q.', source({ url: 'javascript:alert(1)' })), passage('R.', source({ url: 'https://a.example/x' }))]),
    );
    expect(json).not.toContain('javascript:');
    expect(JSON.parse(json).passages.map((p: { source: { url: string | null } }) => p.source.url)).toEqual([null, 'https://a.example/x']);
  });
});
