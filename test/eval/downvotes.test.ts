import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDownvotes } from '../../src/eval/downvotes.js';
import { BotState } from '../../src/state/bot-state.js';
import { tempDir } from '../support/temp.js';

describe('exportDownvotes', () => {
  it('writes one labelled JSON line per 👎-rated answer, and none for answers only rated 👍', () => {
    const dir = tempDir();
    const state = BotState.open(path.join(dir, 'state.sqlite'));
    const place = { guildId: 'g', channelId: 'c' };
    const good = state.votes.recordAnswer({ question: 'liked', passageIds: ['a#0'], answerable: true, ...place });
    const bad = state.votes.recordAnswer({ question: 'what did peru say', passageIds: ['b#1', 'b#2'], answerable: true, ...place });
    state.votes.vote(good, state.userHash('u1'), 1);
    state.votes.vote(bad, state.userHash('u1'), -1);
    const file = path.join(dir, 'misses.jsonl');
    expect(exportDownvotes(state, file)).toBe(1);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ id: `vote-${bad}`, question: 'what did peru say', label: 'downvoted', answered: true, passageIds: ['b#1', 'b#2'], down: 1, up: 0 }),
    ]);
    state.close();
  });
});
