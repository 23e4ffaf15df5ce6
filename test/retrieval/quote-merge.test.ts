import { describe, expect, it } from 'vitest';
import { mergeOverlapping } from '../../src/retrieval/quote-merge.js';

const text =
  'Videgaray spoke at a news conference in Cancun. “Mexico’s position will not change,” said Videgaray. ' +
  'He expected to get the 23 votes he needed. Several Caribbean countries opposed it. The meeting ended late. ' +
  'Delegates left for the airport the next morning after a long week of talks.';

describe('mergeOverlapping', () => {
  it('merges overlapping and touching quotes so no text shows twice', () => {
    const merged = mergeOverlapping(text, [
      { start: 0, end: 50, skipped: [] },
      { start: 40, end: 100, skipped: [] },
      { start: 101, end: 140, skipped: [] },
    ]);
    expect(merged).toEqual([{ start: 0, end: 140, skipped: [] }]);
  });

  it('shows what either quote shows: text stays skipped only where neither shows it', () => {
    const merged = mergeOverlapping(text, [
      { start: 0, end: 140, skipped: [{ start: 48, end: 120 }] },
      { start: 100, end: 120, skipped: [] },
    ]);
    expect(merged).toEqual([{ start: 0, end: 140, skipped: [{ start: 48, end: 100 }] }]);
  });

  it('keeps quotes apart when real text lies between them', () => {
    expect(
      mergeOverlapping(text, [
        { start: 0, end: 20, skipped: [] },
        { start: 60, end: 80, skipped: [] },
      ]),
    ).toHaveLength(2);
  });
});
