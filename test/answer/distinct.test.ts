import { describe, expect, it } from 'vitest';
import { withoutRepeatedQuotes, withoutRepeats } from '../../src/answer/distinct.js';
import type { RankInput } from '../../src/retrieval/rerank.js';
import { passageSupport } from '../support/passage-support.js';

const candidate = (id: string, text: string): RankInput => ({
  retrieved: {
    passage: { id, articleId: id.split('#')[0]!, paragraph: 0, start: 0, end: text.length, text },
    score: 1,
    dense: null,
    lexical: null,
  },
  support: passageSupport(),
  text,
  titleShare: 0,
  lead: false,
});
const ids = (list: readonly RankInput[]) => list.map((c) => c.retrieved.passage.id);

const story = 'The new book claims the minister hosted a dinner in November. The prime minister said he would stand down.';

describe('withoutRepeats', () => {
  it('keeps a story told twice once, at its better place, even cut or spaced otherwise', () => {
    const ranked = [
      candidate('a#0', story),
      candidate('b#0', 'Talks resumed in Mexico after a long pause.'),
      candidate('c#1', story.replace(' The', '\n\nThe')),
    ];
    expect(ids(withoutRepeats(ranked))).toEqual(['a#0', 'b#0']);
  });

  it('keeps a passage that shares only a short or a minor part, and returns the list itself when nothing repeats', () => {
    const ranked = [
      candidate('a#0', `He agreed. ${story}`),
      candidate('b#0', `He agreed. The vote was held on Tuesday after a long debate. Nobody expected the result to be so close.`),
    ];
    expect(withoutRepeats(ranked)).toBe(ranked);
    // Passages of one article overlap where it is cut: that is no repeat.
    const overlapping = [candidate('a#0', story), candidate('a#1', story)];
    expect(withoutRepeats(overlapping)).toBe(overlapping);
  });
});

describe('withoutRepeatedQuotes', () => {
  it('drops a quote another before it already shows whole', () => {
    const quotes = [
      { quote: story, gaps: [] },
      { quote: 'The prime minister said he would stand down.', gaps: [] },
      { quote: 'Talks resumed.', gaps: [] },
      { quote: 'Talks  resumed.', gaps: [] },
    ];
    expect(withoutRepeatedQuotes(quotes).map((q) => q.quote)).toEqual([story, 'Talks resumed.']);
  });

  it('keeps a quote whose text another before it skips: the reader never saw it', () => {
    const skipping = { quote: 'Talks resumed. Prices rose sharply on Monday. Talks ended.', gaps: [], skipped: [{ start: 14, end: 45 }] };
    const quotes = [skipping, { quote: 'Prices rose sharply on Monday.', gaps: [] }];
    expect(withoutRepeatedQuotes(quotes)).toHaveLength(2);
    expect(withoutRepeatedQuotes([{ ...skipping, skipped: [] }, quotes[1]!])).toHaveLength(1);
  });
});
