import type { Language } from '../../src/text/language.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, passage, source, unreadAnswer } from '../support/answers.js';
import {
  MAX_ANSWER_MESSAGES,
  renderAnswer,
  renderDigest,
  renderNotice,
  renderSources,
  threadName,
  topicChoices,
  type MessagePayload,
} from '../../src/discord/render.js';
import { quotes, visibleText } from '../../src/testing/discord-standin/inspect.js';
import { LIMITS } from '../../src/testing/discord-standin/validate.js';
import { FakeAnswerService } from '../../src/testing/fake-answer-service.js';
import { UNSAFE_FOR_DISPLAY, hostileText, hostileUrl } from '../support/hostile.js';

/** render.ts is pure: these check Discord's limits and verbatim quoting on hostile inputs. */
const HOSTILE =
  '@everyone @here <@123456789012345678> <@!123456789012345678> <@&123456789012345678> <#123456789012345678> <t:1700000000:R> <:emo:123456789012345678>';
const MARKDOWN =
  '**bold** *it* _u_ __under__ ~~del~~ ||spoiler|| `code` ```fence``` \\backslash [masked](https://evil.example) \n# Heading\n- list\n1. numbered\n> quote\n-# subtext';

/** Discord would accept it, and nothing in it can ping or render as a mention. */
function expectSafe(messages: MessagePayload[]): void {
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.length).toBeLessThanOrEqual(MAX_ANSWER_MESSAGES);
  for (const m of messages) {
    expect(m.content.length).toBeLessThanOrEqual(LIMITS.content);
    expect(m.content.trim()).not.toBe('');
    expect(m.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(m.content).not.toMatch(/@(everyone|here)/);
    expect(m.content).not.toMatch(/<[@#:/]|<t:/);
  }
}

/** All the text quoted for passage `[n]`, in order, without whitespace (parts are cut between words). */
function quotedFor(messages: MessagePayload[], label: RegExp): string {
  const text: string[] = [];
  for (const m of messages) {
    const blocks = m.content.split('\n\n');
    for (const block of blocks) if (label.test(block)) text.push(...quotes(block));
  }
  return text.join('').replace(/\s+/g, '');
}

let service: FakeAnswerService;
beforeAll(async () => {
  service = await FakeAnswerService.load();
});

describe('renderAnswer', () => {
  it('puts each verbatim quote in a block quote with its source underneath', async () => {
    const a = await service.ask('How many votes did Videgaray expect to get for the proposal on Venezuela?', { k: 3 });
    const messages = renderAnswer(a);
    const content = messages.map((m) => m.content).join('\n\n');
    const lines = content.split('\n');
    a.passages.forEach((p, i) => {
      const at = lines.findIndex((l) => l.startsWith(`— [${i + 1}] `));
      expect(at).toBeGreaterThan(0);
      expect(lines[at - 1]!.startsWith('> ')).toBe(true);
      expect(lines[at]).toContain(p.source.outlet!.slice(0, 20));
      expect(lines[at]).toContain(p.source.published!);
    });
    expect(quotes(content)).toEqual(a.passages.map((p) => p.quote));
  });

  it('says plainly when the corpus has no answer, with suggestions', async () => {
    const [message] = renderAnswer(await service.ask('Who won the 2018 FIFA World Cup?'));
    expect(message!.content).toMatch(/corpus has no passage that answers this/);
    expect(message!.content).toContain('Lima Group');
    expect(quotes(message!.content)).toEqual([]);
  });

  it('names what the corpus lacks, shows how the question was read, and labels related passages as not the answer', () => {
    const related = passage('Peru invited Russia and China to the meeting.');
    const [message] = renderAnswer({
      ...answer([], 'what did lula say abt peru'),
      answerable: false,
      readAs: 'what did lula say about peru',
      gap: 'The corpus never mentions Lula.',
      missing: ['lula'],
      related: [related],
    });
    expect(message!.content).toContain('**Read as:** what did lula say about peru');
    expect(message!.content).toContain('**The corpus never mentions Lula.**');
    expect(message!.content).toMatch(/Related passages, which do not answer the question:/);
    expect(quotes(message!.content)).toEqual(['Peru invited Russia and China to the meeting.']);
    expect(message!.content).not.toMatch(/What the corpus says/);
  });

  it('escapes markdown and neutralises mentions in the question and in quotes, keeping the visible text', () => {
    const question = `${HOSTILE} **bold** \`code\` [masked](https://evil.example)`;
    const messages = renderAnswer(
      answer([passage(`${HOSTILE}\n${MARKDOWN}`, source({ title: `${MARKDOWN} ${HOSTILE}`, outlet: HOSTILE }))], question),
    );
    expectSafe(messages);
    const [first] = messages;
    expect(quotes(first!.content)).toEqual([`${HOSTILE}\n${MARKDOWN}`]);
    const echoed = first!.content.split('\n')[0]!;
    expect(echoed.startsWith('**Question:** ')).toBe(true);
    expect(visibleText(echoed.slice('**Question:** '.length))).toBe(question);
    // No line of a quote can start a heading, list, quote or subtext of its own.
    for (const line of first!.content.split('\n').filter((l) => l.startsWith('> ')))
      expect(line.slice(2)).not.toMatch(/^(#|- |\d+\. |>|-#)/);
  });

  it('splits a long answer at passage boundaries, every message within limits', () => {
    const a = service.wholeArticleAnswer('Tell me everything', 2);
    const messages = renderAnswer(a);
    expectSafe(messages);
    expect(messages.length).toBeGreaterThan(2);
    a.passages.forEach((p, i) => expect(quotedFor(messages, new RegExp(`^— \\[${i + 1}\\] `, 'm'))).toBe(p.quote.replace(/\s+/g, '')));
    // Every part is attributed, and parts are numbered.
    for (const m of messages.slice(1)) expect(m.content).toMatch(/\(part \d+\/\d+\)/);
  });

  it('stays within limits for adversarial quotes: one huge quote, no spaces, many lines, many passages', () => {
    const cases = [
      [passage('word '.repeat(30_000))],
      [passage('*'.repeat(50_000))],
      [passage('x\n'.repeat(20_000))],
      [passage(`${HOSTILE} `.repeat(500))],
      [passage('😀'.repeat(5_000))],
      Array.from({ length: 10 }, (_, i) => passage(`${MARKDOWN} ${i} `.repeat(40), source({ title: `T${i}` }))),
      [
        passage(
          'short',
          source({
            title: '\\'.repeat(1000),
            outlet: '<@1>'.repeat(500),
            published: '9'.repeat(500),
            url: `https://example.com/${'a'.repeat(280)}`,
          }),
        ),
      ],
    ];
    for (const passages of cases) {
      const started = performance.now();
      const messages = renderAnswer(answer(passages, 'q'.repeat(1000)));
      expect(performance.now() - started).toBeLessThan(3000);
      expectSafe(messages);
    }
  });

  it('shows bidi and control characters of quotes, titles and outlets as markers, and drops a disguised or javascript: link', () => {
    const links = ['https://gazette.example/\u202Emoc.elgoog', 'javascript:alert(1)'];
    const passages = links.map((url) => passage('Said \u202Eevil\u2069 \x1b[2J.', source({ title: 'T\u2066', outlet: 'O\u202E', url })));
    const [message] = renderAnswer(answer(passages));
    expect(message!.content).not.toMatch(UNSAFE_FOR_DISPLAY);
    expect(quotes(message!.content)).toEqual(['Said ⟨U+202E⟩evil⟨U+2069⟩ ⟨U+001B⟩[2J.', 'Said ⟨U+202E⟩evil⟨U+2069⟩ ⟨U+001B⟩[2J.']);
    expect(message!.content).toContain('O⟨U+202E⟩, *T⟨U+2066⟩*');
    expect(message!.content).not.toMatch(/moc\.elgoog|javascript:/);
  });

  it('never cuts a quote silently: a quote too long for ten messages ends with a visible note outside the quote', () => {
    const messages = renderAnswer(answer([passage('word '.repeat(30_000))]));
    const last = messages.at(-1)!.content;
    expect(last).toMatch(/not shown/);
    expect(last.split('\n').at(-1)!.startsWith('> ')).toBe(false);
  });
});

describe('renderAnswer in the member’s language', () => {
  it('writes its own sentences in Spanish, shows the English reading and keeps the quotes as the corpus wrote them', () => {
    const a = { ...answer([passage('Pompeo will travel to Colombia, Chile, Peru, and Paraguay.')], '¿Qué países visitará Pompeo?') };
    const [message] = renderAnswer({ ...a, language: 'es', readAs: 'Which countries will visit Pompeo?' });
    expect(message!.content).toMatch(
      /^\*\*Pregunta:\*\* ¿Qué países visitará Pompeo\?\n\*\*Leída como:\*\* Which countries will visit Pompeo\?/,
    );
    expect(message!.content).toContain('Lo que dice el corpus, citado palabra por palabra');
    expect(quotes(message!.content)).toEqual(['Pompeo will travel to Colombia, Chile, Peru, and Paraguay.']);
  });

  it('declines in Portuguese, labelling related passages in Portuguese', () => {
    const refused = {
      ...answer([], 'O que o Lula disse?'),
      answerable: false,
      language: 'pt' as const,
      gap: 'O corpus nunca menciona Lula.',
      related: [passage('Maduro spoke.')],
    };
    const [message] = renderAnswer(refused);
    expect(message!.content).toContain('**Pergunta:**');
    expect(message!.content).toContain('**O corpus nunca menciona Lula.**');
    expect(message!.content).toContain('Trechos relacionados, que não respondem à pergunta:');
    expect(message!.content).toContain('— relacionado: ');
  });

  it('shows a machine translation under a quote, labelled and outside the block quote', () => {
    const quoted = { ...passage('The meeting ended without a vote.'), translation: 'La reunión terminó sin votación.' };
    const [message] = renderAnswer({ ...answer([quoted], '¿Qué pasó?'), language: 'es' });
    expect(message!.content).toMatch(/\n-# Traducción automática, no es la cita: La reunión terminó sin votación\.$/);
    expect(quotes(message!.content)).toEqual(['The meeting ended without a vote.']);
  });

  it('says plainly when a question could not be translated, in its language', () => {
    const untranslated = { ...answer([passage('Maduro spoke.')], '¿Qué dijo Maduro?'), language: 'es' as const };
    const [message] = renderAnswer({ ...untranslated, untranslated: { reason: 'no-engine', detail: 'the apertium command' } });
    expect(message!.content).toContain('Este servidor no tiene instalada ninguna traducción, así que busqué la pregunta tal cual');
    expect(message!.content).not.toContain('apertium');
  });

  it('heads the passages of a question it could not translate as sharing its names, not as known not to answer', () => {
    const [message] = renderAnswer(unreadAnswer());
    expect(message!.content).toContain('Pasajes que comparten nombres con la pregunta:');
    expect(message!.content).not.toContain('que no responden');
  });
});

describe('renderDigest and renderSources', () => {
  it('heads the digest with who asked and when, then groups quotes by article, oldest first', async () => {
    const digest = await service.digest('Venezuela OAS Lima Group', { k: 8 });
    const messages = renderDigest(
      { ...digest, groups: [...digest.groups].reverse() },
      { requestedBy: '123456789012345678', at: new Date(1_700_000_000_000) },
    );
    for (const m of messages) expect(m.content.length).toBeLessThanOrEqual(LIMITS.content);
    const text = messages.map((m) => m.content).join('\n\n');
    expect(text).toContain('Requested by <@123456789012345678> on <t:1700000000:f>');
    const dates = [...text.matchAll(/^— .*, (\d{4}(?:-\d{2}){0,2})$/gm)].map((m) => m[1]!);
    expect(dates.length).toBe(digest.groups.reduce((n, g) => n + g.quotes.length, 0));
    expect([...dates].sort()).toEqual(dates);
  });

  it('lists the sources by date with outlet and title', async () => {
    const [message] = renderSources([...(await service.sources())].reverse());
    const lines = message!.content.split('\n').slice(1);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^\*\*1\.\*\* WOLA .*2017-03$/);
    expect(lines[4]).toMatch(/Mexico Daily Post, \*AMLO asks the US to restore relations with Venezuela\*, 2022-10$/);
  });

  it('keeps a huge source list within five messages', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => ({
      articleId: String(i),
      source: source({ title: `Title ${i} ${'x'.repeat(150)}` }),
    }));
    const messages = renderSources(entries);
    expect(messages).toHaveLength(5);
    for (const m of messages) expect(m.content.length).toBeLessThanOrEqual(LIMITS.content);
    expect(messages.at(-1)!.content).toMatch(/more not shown/);
  });
});

describe('topicChoices and threadName', () => {
  it('offers at most 25 autocomplete choices of at most 100 characters, matches first', () => {
    const topics = [
      'Venezuela',
      'OAS',
      'Lima Group',
      ...Array.from({ length: 60 }, (_, i) => `Topic about venezuelan affairs ${i} ${'y'.repeat(200)}`),
    ];
    const choices = topicChoices(topics, 'VENEZ');
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: 'Venezuela', value: 'Venezuela' });
    for (const c of choices) expect(c.name.length <= 100 && c.value.length <= 100).toBe(true);
    expect(topicChoices(topics, 'lima')).toEqual([{ name: 'Lima Group', value: 'Lima Group' }]);
  });

  it('names threads after the question on one line, at most 100 characters', () => {
    expect(threadName('  What did\nPeru do?  ')).toBe('What did Peru do?');
    expect(threadName('why '.repeat(100))).toHaveLength(100);
    expect(threadName('   ')).toBe('Question');
  });
});

describe('rendering hostile input (property-based)', () => {
  const text = hostileText();
  const hostileSource = fc.record({
    title: text,
    outlet: fc.option(text),
    published: fc.option(hostileText(4)),
    url: hostileUrl(),
    file: fc.constant('a.txt'),
  });
  const hostilePassage = fc.tuple(text, hostileSource).map(([quote, src]) => passage(quote, src));
  const hostileAnswer = fc.record({
    question: text,
    answerable: fc.boolean(),
    passages: fc.array(hostilePassage, { maxLength: 4 }),
    suggestions: fc.array(text, { maxLength: 4 }),
    readAs: fc.option(text),
    language: fc.constantFrom<Language[]>('en', 'es', 'pt'),
    untranslated: fc.option(fc.record({ reason: fc.constantFrom<('no-engine' | 'failed')[]>('no-engine', 'failed'), detail: text })),
    gap: fc.option(text),
    missing: fc.constant<string[]>([]),
    related: fc.array(hostilePassage, { maxLength: 3 }),
  });

  /** Within Discord's limits, pings nobody, and carries no control, bidi or stray zero-width character. */
  function expectInert(messages: MessagePayload[], pills: RegExp = /$^/): void {
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.length).toBeLessThanOrEqual(MAX_ANSWER_MESSAGES);
    for (const m of messages) {
      expect(m.content.length).toBeLessThanOrEqual(LIMITS.content);
      expect(m.allowedMentions).toEqual({ parse: [], repliedUser: false });
      const content = m.content.replace(pills, '');
      expect(content).not.toMatch(/@(everyone|here)|<[@#:/]|<t:/i);
      // The zero-width spaces the bot adds follow `<` or `@`; the input's own are shown as markers.
      expect(content.replace(/(?<=[<@])\u200b/g, '')).not.toMatch(UNSAFE_FOR_DISPLAY);
    }
  }

  it('renderAnswer output is inert and within limits', () => {
    fc.assert(
      fc.property(hostileAnswer, (a) => expectInert(renderAnswer(a))),
      { numRuns: 100 },
    );
  });

  it('renderDigest and renderSources output is inert and within limits', () => {
    const groups = fc.array(fc.tuple(hostileSource, fc.array(text, { minLength: 1, maxLength: 2 })), { maxLength: 3 });
    fc.assert(
      fc.property(text, groups, text, (topic, raw, requestedBy) => {
        const digest = {
          topic,
          groups: raw.map(([src, quotes], g) => ({ articleId: `a${g}`, source: src, quotes: quotes.map((q) => passage(q, src)) })),
        };
        // The requester's pill and the timestamp are the bot's own, and ping nobody.
        expectInert(renderDigest(digest, { requestedBy, at: new Date(0), since: topic }), /^\*\*Digest.*\n.*<t:0:f>/);
        expectInert(renderSources(raw.map(([src], i) => ({ articleId: String(i), source: src }))));
      }),
      { numRuns: 100 },
    );
  });

  it('renderNotice breaks group pings and shows invisible characters, within limits', () => {
    fc.assert(
      fc.property(text, (notice) => {
        const m = renderNotice(notice);
        expect(m.content.length).toBeLessThanOrEqual(LIMITS.content);
        expect(m.allowedMentions).toEqual({ parse: [], repliedUser: false });
        expect(m.content).not.toMatch(/@(everyone|here)|<@&/i);
        expect(m.content.replace(/(?<=[<@])\u200b/g, '')).not.toMatch(UNSAFE_FOR_DISPLAY);
      }),
      { numRuns: 200 },
    );
  });
});
