import { describe, expect, it } from 'vitest';
import { openStateDb } from '../../src/state/db.js';
import { VoteStore } from '../../src/state/votes.js';

const ANSWER = { question: 'what did peru do', passageIds: ['003#2', '001#0'], answerable: true, guildId: 'g', channelId: 'c' };

describe('VoteStore', () => {
  it('keeps one vote per member per answer: voting again changes it', () => {
    const votes = new VoteStore(openStateDb(':memory:'));
    const id = votes.recordAnswer(ANSWER);
    votes.vote(id, 'alice', 1);
    votes.vote(id, 'bob', 1);
    votes.vote(id, 'alice', -1);
    expect(votes.tally(id)).toEqual({ up: 1, down: 1 });
  });

  it('refuses a vote on an answer it never recorded', () => {
    const votes = new VoteStore(openStateDb(':memory:'));
    expect(votes.vote(999, 'alice', 1)).toBe(false);
  });

  it('exports only answers with a 👎, with question, passage ids, guild and channel, most 👎 first', () => {
    const votes = new VoteStore(openStateDb(':memory:'));
    const liked = votes.recordAnswer({ ...ANSWER, question: 'liked' });
    const once = votes.recordAnswer({ ...ANSWER, question: 'once' });
    const twice = votes.recordAnswer({ ...ANSWER, question: 'twice', answerable: false, passageIds: [] });
    votes.vote(liked, 'a', 1);
    votes.vote(once, 'a', -1);
    votes.vote(once, 'b', 1);
    votes.vote(twice, 'a', -1);
    votes.vote(twice, 'b', -1);
    const out = votes.downvoted();
    expect(out.map((d) => [d.question, d.down, d.up])).toEqual([
      ['twice', 2, 0],
      ['once', 1, 1],
    ]);
    expect(out[1]).toMatchObject({ passageIds: ['003#2', '001#0'], guildId: 'g', channelId: 'c', answerable: true });
  });
});
