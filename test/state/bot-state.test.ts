import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BotState } from '../../src/state/bot-state.js';
import { tempDir } from '../support/temp.js';

describe('BotState', () => {
  it('hashes member ids: stable in one database, different across databases, never the raw id', () => {
    const dir = tempDir();
    const a = BotState.open(path.join(dir, 'a.sqlite'));
    const b = BotState.open(path.join(dir, 'b.sqlite'));
    const id = '123456789012345678';
    expect(a.userHash(id)).toBe(a.userHash(id));
    expect(a.userHash(id)).not.toBe(b.userHash(id));
    expect(a.userHash(id)).not.toContain(id);
    expect(a.userHash(id)).not.toBe(a.userHash('123456789012345679'));
    a.close();
    b.close();
  });

  it('serves settings, votes, gaps and pending uploads from the one file, across reopening', () => {
    const file = path.join(tempDir(), 'state.sqlite');
    const first = BotState.open(file);
    first.settings.update('g', (s) => ({ ...s, cooldownSeconds: 3 }));
    const answer = first.votes.recordAnswer({ question: 'q', passageIds: ['a#1'], answerable: true, guildId: 'g', channelId: 'c' });
    first.votes.vote(answer, first.userHash('u'), -1);
    first.gaps.record('who is lula', 'g');
    first.close();
    const second = BotState.open(file);
    expect(second.settings.get('g').cooldownSeconds).toBe(3);
    expect(second.votes.tally(answer)).toEqual({ up: 0, down: 1 });
    expect(second.gaps.top('g', 1).total).toBe(1);
    second.close();
  });

  it('remembers across reopening that the corpus changed and no build has finished since', () => {
    const file = path.join(tempDir(), 'state.sqlite');
    const first = BotState.open(file);
    expect(first.buildPending.get()).toBe(false);
    first.buildPending.set(true);
    first.close();
    const second = BotState.open(file);
    expect(second.buildPending.get()).toBe(true);
    second.buildPending.set(false);
    expect(second.buildPending.get()).toBe(false);
    second.close();
  });
});
