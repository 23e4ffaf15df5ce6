import { describe, expect, it } from 'vitest';
import { topOrder } from '../../src/answer/order.js';
import type { HeadPassage } from '../../src/answer/gates.js';
import type { RankInput } from '../../src/retrieval/rerank.js';
import { keyTerm } from '../support/key-terms.js';
import { readingOf } from '../support/gate-inputs.js';

const readAt = (c: RankInput): HeadPassage => ({ text: c.text, support: c.support });

describe('topOrder', () => {
  it('leads with the kind of fact asked for: a measure, a date, a person', () => {
    expect(topOrder(readingOf("how fast did japan's economy grow", 'number'), null, readAt).measure).toBe('measure');
    expect(topOrder(readingOf('when is the meeting', 'date'), null, readAt).measure).toBe('date');
    expect(topOrder(readingOf('who did pompeo meet', 'person'), null, readAt).measure).toBe('person');
    expect(topOrder(readingOf('what did pompeo discuss'), null, readAt).measure).toBeNull();
  });

  it('does not lead with a person asked who was not: the sentence naming someone beside the words names who was', () => {
    const reading = { ...readingOf('who was not invited', 'person'), terms: [keyTerm('invit', { at: 3 })] };
    expect(topOrder(reading, null, readAt).measure).toBeNull();
  });

  it('reads which places are asked for, and no speaker for a question asking none', () => {
    const order = topOrder(readingOf('which countries did pompeo visit', 'place'), null, readAt);
    expect(order.lists).not.toBeNull();
    expect(order.speaks).toBeNull();
  });
});
