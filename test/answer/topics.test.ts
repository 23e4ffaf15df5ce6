import { describe, expect, it } from 'vitest';
import { mainTopics } from '../../src/answer/topics.js';

describe('mainTopics', () => {
  it('ranks names found in the most articles first and ignores one-off names', () => {
    const topics = mainTopics([
      'The Lima Group met in Peru. Nicolas Maduro objected.',
      'Nicolas Maduro spoke. The Lima Group answered. Cuba watched.',
      'The OAS met. Nicolas Maduro was absent.',
    ]);
    expect(topics[0]).toBe('Nicolas Maduro');
    expect(topics).toContain('Lima Group');
    expect(topics).not.toContain('Cuba');
  });

  it('drops sentence-initial function words from names', () => {
    expect(mainTopics(['The Lima Group met.', 'The Lima Group met again.'])).toEqual(['Lima Group']);
  });
});
