import { describe, expect, it } from 'vitest';
import { renderGaps, renderPreview, renderSettings } from '../../src/discord/moderation-render.js';
import { LIMITS } from '../../src/testing/discord-standin/validate.js';

const article = (n: number, size: number) => ({
  id: `a${n}`,
  fileName: `a${n}.md`,
  body: '',
  title: `**Title** @everyone ${'t'.repeat(size)}`,
  outlet: 'Wire',
  published: '2020-01',
  firstPassage: `First passage ${'p'.repeat(size * 10)}`,
  passageCount: 3,
});

describe('moderator messages', () => {
  it('keep a preview of many long articles within one message, with markdown and mentions neutralised', () => {
    const message = renderPreview(Array.from({ length: 8 }, (_, n) => article(n, 400)));
    expect(message.content.length).toBeLessThanOrEqual(LIMITS.content);
    expect(message.content).toMatch(/and 3 more/);
    expect(message.content).not.toMatch(/(^|[^\\])\*\*Title/);
    expect(message.content).not.toContain('@everyone');
  });

  it('keep /gaps within one message however long the questions', () => {
    const groups = Array.from({ length: 10 }, (_, n) => ({
      question: `q${n} ${'x'.repeat(500)}`,
      count: 10 - n,
      variants: ['v'.repeat(300)],
    }));
    const missing = Array.from({ length: 8 }, (_, n) => ({ name: `**n${n}** ${'@'.repeat(100)}`, count: 8 - n }));
    const message = renderGaps(groups, 55, 30, 90, missing);
    expect(message.content.length).toBeLessThanOrEqual(LIMITS.content);
    expect(renderGaps([], 0, 7, 90).content).toMatch(
      /No question was declined in the last 7 day\(s\)\. \(Declined questions are kept 90 days\.\)/,
    );
  });

  it('name in /gaps what the declined questions asked about that the corpus never mentions, escaped', () => {
    const groups = [{ question: 'what did lula say', count: 2, variants: [] }];
    const message = renderGaps(groups, 2, 30, 90, [
      { name: 'evo morales', count: 2 },
      { name: '@everyone *x*', count: 1 },
    ]);
    expect(message.content).toMatch(/\*\*Asked about, never mentioned in the corpus:\*\* Evo Morales \(2×\), /);
    expect(message.content).not.toMatch(/(^|[^\\])@everyone/);
    expect(message.content).not.toMatch(/(^|[^\\])\*x\*/);
  });

  it('spell settings out, naming defaults as such', () => {
    expect(renderSettings({ answerChannels: ['1', '2'], helpChannel: '3', cooldownSeconds: 0 }, 10).content).toMatch(
      /answered in: <#1>, <#2>\nHelp channel: <#3>.*\nCooldown per member: 0 s$/,
    );
  });
});
