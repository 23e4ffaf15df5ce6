import { describe, expect, it } from 'vitest';
import { CONTRACTIONS } from '../../src/text/chat-contractions.js';
import { SHORTHAND } from '../../src/text/chat-shorthand.js';
import { normalizeChat } from '../../src/text/chat.js';

describe('CONTRACTIONS', () => {
  it('are part of the shorthand chat spells out', () => {
    for (const [typed, meant] of Object.entries(CONTRACTIONS)) expect(SHORTHAND[typed]).toBe(meant);
    expect(normalizeChat('why didnt mexico vote')).toContain('did not');
  });

  it('hold only lowercase words without an apostrophe, each spelled out in two words', () => {
    for (const [typed, meant] of Object.entries(CONTRACTIONS)) {
      expect(typed).toMatch(/^[a-z]+$/);
      expect(meant.split(' ')).toHaveLength(meant === 'cannot' ? 1 : 2);
    }
  });
});
