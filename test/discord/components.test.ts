import { describe, expect, it } from 'vitest';
import { confirmRow, parseButton, voteRow } from '../../src/discord/components.js';
import { componentProblems } from '../../src/testing/discord-standin/validate.js';

describe('button rows', () => {
  it('are valid Discord components whose custom ids parse back to what they carry', () => {
    const votes = voteRow(123456789012345);
    const confirm = confirmRow('AbC-_123456789xyz');
    expect(componentProblems([votes, confirm])).toEqual([]);
    const ids = [...votes.components, ...confirm.components].map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(ids.map(parseButton)).toEqual([
      { kind: 'vote', value: 1, answerId: 123456789012345 },
      { kind: 'vote', value: -1, answerId: 123456789012345 },
      { kind: 'corpus', confirm: true, pendingId: 'AbC-_123456789xyz' },
      { kind: 'corpus', confirm: false, pendingId: 'AbC-_123456789xyz' },
    ]);
  });

  it('parses nothing else: other bots’ ids, malformed numbers, extra parts', () => {
    for (const id of ['vote:up:', 'vote:sideways:1', 'vote:up:1:2', 'vote:up:12345678901234567890', 'corpus:add:../x', 'other']) {
      expect(parseButton(id), id).toBeUndefined();
    }
  });
});
