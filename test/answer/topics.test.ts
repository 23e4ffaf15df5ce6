import { describe, expect, it } from 'vitest';
import { mainTopics } from '../../src/answer/topics.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { SEED_CORPUS } from '../support/paths.js';

/** Made-up places and people, so the rules are shown to be general English, not fitted to the seed corpus. */
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

  it('drops sentence-initial function words and lone sentence openers from names', () => {
    expect(mainTopics(['The Lima Group met. However, it ended.', 'The Lima Group met again. However, nobody came.'])).toEqual([
      'Lima Group',
    ]);
  });

  it('folds plurals, demonyms and possessives into the place', () => {
    const topics = mainTopics([
      'Freedonia closed its border. Freedonian officials said Freedonians would wait.',
      'Many Freedonians left, and many stayed. The talks on Freedonia’s border went on.',
    ]);
    expect(topics).toEqual(['Freedonia']);
  });

  it('strips titles and completes names, folding the surname alone into the whole name', () => {
    const topics = mainTopics([
      'Freedonian President Rufus Teasdale spoke. Teasdale left the hall later.',
      'Foreign Minister Ana Quiroga met President Rufus Teasdale. Teasdale smiled.',
      'Teasdale said on Monday that Ana Quiroga would travel.',
    ]);
    expect(topics.slice(0, 2)).toEqual(['Rufus Teasdale', 'Ana Quiroga']);
    expect(topics.some((t) => /President|Minister|Monday/.test(t))).toBe(false);
  });

  it('folds an abbreviation into the name it is defined or spelled for', () => {
    const topics = mainTopics([
      'The council of the League of Harbour Towns (LHT) met in the port.',
      'The LHT said the Harbour Union had agreed. The Harbour Union (HU) is smaller.',
      'The LHT and the HU met again.',
    ]);
    expect(topics).toEqual(['League of Harbour Towns (LHT)', 'Harbour Union (HU)']);
  });

  it('does not fold a name into a longer one built on it with a connector', () => {
    const topics = mainTopics(['Freedonia voted. The Government of Freedonia agreed.', 'The Government of Freedonia and Freedonia again.']);
    expect(topics).toEqual(['Freedonia', 'Government of Freedonia']);
  });
});

// As the index computes them: from the cleaned text of every article.
const { articles } = await loadCorpus(SEED_CORPUS);

describe('mainTopics over the seed corpus', () => {
  const topics = mainTopics(articles.map((a) => cleanArticle(a).text));
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/ \(.*\)$/, '');

  it('offers no two entries that are variants of one name', () => {
    for (const a of topics) {
      for (const b of topics) {
        if (a === b) continue;
        const [x, y] = [fold(a), fold(b)];
        expect(y.endsWith(` ${x}`), `${a} is the end of ${b}`).toBe(false);
        // A plural or demonym starts with the place name, less its last letter or two.
        if (!x.includes(' ') && !y.includes(' ')) expect(y.startsWith(x.slice(0, Math.max(4, x.length - 2))), `${a} / ${b}`).toBe(false);
      }
    }
    expect(topics.length).toBeGreaterThan(10);
  });

  it('offers whole names as the corpus writes them, without titles', () => {
    const corpus = articles.map((a) => a.raw.replace(/\s+/gu, ' ')).join('\n');
    for (const topic of topics) expect(corpus.includes(topic.replace(/ \(\p{Lu}+\)$/u, '')), topic).toBe(true);
    for (const topic of topics) {
      const last = topic
        .replace(/ \(.*\)$/, '')
        .split(' ')
        .at(-1)!;
      // A partial name is always followed by more name words: it would never end a run of capitalised words.
      expect(new RegExp(`${last}(?![\\s\\u00a0]+\\p{Lu})`, 'u').test(corpus), `${topic} is cut short`).toBe(true);
    }
    expect(topics.some((t) => /\b(?:President|Minister|Secretary)\b/.test(t))).toBe(false);
    expect(topics).toContain('Nicolas Maduro');
    expect(topics).toContain('Organization of American States (OAS)');
    expect(topics).not.toContain('Maduro');
  });
});
