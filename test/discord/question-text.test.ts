import { describe, expect, it } from 'vitest';
import { plainQuestion } from '../../src/discord/question-text.js';

describe('plainQuestion', () => {
  it('takes out mentions of members, roles and channels, custom emoji and timestamps', () => {
    expect(plainQuestion('<:thonk:123456789012345678> what did <@42> say in <#99> about <@&7> <t:1700000000:R>?')).toBe(
      'what did say in about ?',
    );
    expect(plainQuestion('<a:spin:1> who is  moncada')).toBe('who is moncada');
  });

  it('leaves text that only looks like markup, and plain angle brackets, alone', () => {
    expect(plainQuestion('is 3 <4 and <b> bold?')).toBe('is 3 <4 and <b> bold?');
  });
});
