import { describe, expect, it } from 'vitest';
import { componentProblems, messageProblems } from '../../src/testing/discord-standin/validate.js';

const button = (custom_id: string, style = 2) => ({ type: 2, style, label: 'ok', custom_id });
const row = (...components: unknown[]) => ({ type: 1, components });

describe('componentProblems (the stand-in checks buttons as Discord does)', () => {
  it('accepts up to 5 rows of up to 5 buttons with unique custom ids', () => {
    const rows = Array.from({ length: 5 }, (_, r) => row(...Array.from({ length: 5 }, (_, b) => button(`b${r}-${b}`))));
    expect(componentProblems(rows)).toEqual([]);
  });

  it('refuses a sixth row, a sixth button, an empty row and a bare button outside a row', () => {
    expect(componentProblems(Array.from({ length: 6 }, (_, r) => row(button(`r${r}`))))).toContain('6 action rows (max 5)');
    expect(componentProblems([row(...Array.from({ length: 6 }, (_, b) => button(`b${b}`)))])).toEqual([
      'action row 0 holds 6 components (1-5)',
    ]);
    expect(componentProblems([row()])).toEqual(['action row 0 holds 0 components (1-5)']);
    expect(componentProblems([button('x')])[0]).toMatch(/not an action row/);
  });

  it('refuses custom ids over 100 characters, empty or repeated, and a bad style', () => {
    expect(componentProblems([row(button('x'.repeat(101)))])[0]).toMatch(/custom_id of 101 characters/);
    expect(componentProblems([row(button(''))])[0]).toMatch(/custom_id of 0 characters/);
    expect(componentProblems([row(button('a'), button('a'))])[0]).toMatch(/repeats custom_id a/);
    expect(componentProblems([row(button('a', 9))])[0]).toMatch(/style 9/);
  });

  it('is part of every message check', () => {
    expect(messageProblems({ content: 'hi', components: [row(button('x'.repeat(101)))] })).toHaveLength(1);
  });
});
