import { describe, expect, it } from 'vitest';
import { Budget, quoteBlocks } from '../../../src/discord/format/quote-blocks.js';
import { CONTENT_LIMIT } from '../../../src/discord/format/paginate.js';
import { quotes } from '../../../src/testing/discord-standin/inspect.js';

const attribute = (part: string) => `— Outlet${part}`;

describe('quoteBlocks', () => {
  it('quotes the text with its attribution under it', () => {
    const [block] = quoteBlocks('One line.\nTwo *stars* line.', attribute, '', 10_000);
    expect(block).toBe('> One line.\n> Two \\*stars\\* line.\n— Outlet');
  });

  it('puts the focus in bold line by line, the quote still verbatim to a reader', () => {
    const text = 'Context first. The answer here.\nIt goes on.\nAfter.';
    const start = text.indexOf('The answer');
    const [block] = quoteBlocks(text, attribute, '', 10_000, { start, end: text.indexOf('\nAfter') });
    expect(block).toBe('> Context first. **The answer here.**\n> **It goes on.**\n> After.\n— Outlet');
    expect(quotes(block!)).toEqual([text]);
  });

  it('leaves a focus line plain when its text ends in a backslash, which would escape the closing mark', () => {
    const text = 'Before. Path C:\\\nAfter.';
    const [block] = quoteBlocks(text, attribute, '', 10_000, { start: 8, end: text.indexOf('\nAfter') });
    expect(block).not.toContain('**');
    expect(quotes(block!)).toEqual([text]);
  });

  it('splits a quote longer than a message into attributed parts, without bold', () => {
    const text = 'Word. '.repeat(800).trim();
    const blocks = quoteBlocks(text, attribute, '', 10_000, { start: 0, end: 5 });
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.every((b) => b.length <= CONTENT_LIMIT && !b.includes('**'))).toBe(true);
    expect(blocks[0]).toContain('— Outlet (part 1/');
  });
});

describe('Budget', () => {
  it('stops rendering once no room is left and says how much was not shown', () => {
    const budget = new Budget('Header', 1);
    for (let i = 0; i < 5; i++) budget.add((room) => quoteBlocks('Long quote. '.repeat(100), attribute, '', room));
    const pages = budget.pages();
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/more quoted part\(s\) not shown/);
  });
});
