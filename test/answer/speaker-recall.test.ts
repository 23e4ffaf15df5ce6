import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localService } from '../support/built-index.js';
import { seedCorpusCopy } from '../support/temp.js';

/** An article of many short paragraphs about visas, none naming AMLO or López Obrador: distractors that fill a pool. */
function visaStories(corpus: string): void {
  const paragraphs = Array.from(
    { length: 70 },
    (_, i) => `Visa office ${i} said the visas and the visa plan would change, and visas for workers would follow the visa rules.`,
  );
  const text = [
    '---',
    'title: "Visa rules change"',
    'outlet: "Example News"',
    'published: "2021-01"',
    'url: null',
    '---',
    ...paragraphs,
  ].join('\n\n');
  writeFileSync(path.join(corpus, '900_visa_stories.txt'), text);
}

describe('recallSpeakers', () => {
  it('finds the asked speaker speaking when passages that only share the topic fill the pool', async () => {
    const corpus = seedCorpusCopy();
    visaStories(corpus);
    const { service } = await localService(corpus);
    const answer = await service.ask('what did amlo say about the visas');
    // Without the recall: "The corpus mentions AMLO but no passage reports what AMLO said."
    expect(answer.answerable).toBe(true);
    // By name or by the post the article introduced him with ("The Mexican president asked …").
    expect(answer.passages[0]!.quote).toMatch(/López Obrador|The Mexican president/);
  });

  it('still refuses when no passage reports the speaker speaking', async () => {
    const corpus = seedCorpusCopy();
    visaStories(corpus);
    const { service } = await localService(corpus);
    const answer = await service.ask('what did trump say about maduro');
    expect(answer.answerable).toBe(false);
    expect(answer.gap).toContain('no passage reports what Trump said');
  });
});
