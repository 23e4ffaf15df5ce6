import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle, cleanText } from '../../src/corpus/clean.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Article } from '../../src/corpus/types.js';
import { DEV_QA } from '../support/paths.js';

/**
 * The five seed articles, judged line by line. For each file: the chrome lines (with the rule
 * expected to drop them). Every other non-blank line of the scraped file is a real paragraph
 * and must come out unchanged, in order.
 */
const CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

const CHROME: Record<string, [rule: string, line: string][]> = {
  '000_833b262780262cb4': [
    ['punctuation-only', ', , ,'],
    ['headline', 'Mexican Foreign Minister and OAS Secretary General promise to keep up the pressure despite failure in Cancun.'],
    ['related-headline', 'OAS Rejects Venezuela’s Proposal to Discuss Disappearance of Ayotzinapa Students'],
    ['related-headline', 'Venezuela Scores Another Victory at OAS, Shames Critics'],
  ],
  '001_7d7e979617e2e350': [
    ['headline', 'AMLO asks the US to restore relations with Venezuela'],
    ['outlet-name', 'Mexico Daily Post'],
  ],
  '002_d0d92e895ae6c51e': [
    ['outlet-name', '- Sputnik International'],
    ['before-headline', 'World'],
    ['newsletter', 'Get the latest news from around the world, live coverage, off-beat stories, features and analysis.'],
    ['headline', 'Pompeo Begins Latin America Tour Intent on Boosting Anti-Maduro Coalition'],
    ['photo-credit', '© AP Photo / Sait Serkan GurbuzSecretary of State Mike Pompeo answers a question during a news conference on Tuesday, March 26, 2019, at the Department of State in Washington'],
    ['caption-attribution', 'Secretary of State Mike Pompeo answers a question during a news conference on Tuesday, March 26, 2019, at the Department of State in Washington - Sputnik International'],
    ['newsletter', 'Subscribe'],
    ['cross-link', "READ MORE: US, Brazilian Vice Presidents Talk Efforts to Oust Venezuela's Maduro — Report"],
    ['caption-attribution', 'Venezuelan President Nicolas Maduro (C) waves the national flag during a pro-government march in Caracas, on February 23, 2019. - Sputnik International'],
    ['short-fragment', 'World'],
    ['related-headline', 'Nebenzia Urges US to Recognise Venezuela’s Right to Be ‘Master of Its Fate’'],
    ['cross-link', 'READ MORE: Venezuela Accuses US of Freezing All Bank Accounts of its Diplomats in UN'],
    ['caption-attribution', 'A car with a Cuban flag is parked near Cuban Capitol in Havana December 18, 2014. Cuban President Raul Castro hailed a landmark exchange of prisoners with the United States on Wednesday and praised U.S. President Barack Obama as the two countries agreed to normalize relations after more than five decades of hostility - Sputnik International'],
    ['related-headline', "Havana Slams US Threat to Take Action Against Cuba Over Venezuela as 'Blackmail'"],
    ['short-fragment', 'Newsfeed'],
    ['short-fragment', '0'],
    ['comment-widget', 'To participate in the discussion'],
    ['comment-widget', 'log in or register'],
    ['short-fragment', 'loader'],
    ['short-fragment', 'Chats'],
    ['foreign-script', 'Заголовок открываемого материала'],
  ],
  '003_3614d13fda6eec64': [],
  '004_3ac6436a037b2e8f': [
    ['headline', 'Peru invites China, Russia to Lima Group meeting so they can be ‘part of solution’ in Venezuela'],
    ['timestamp', '4 Jul, 2019 02:02 / Updated 5 years ago'],
    ['cross-link', 'Also on rt.com Peru to cancel Venezuelan diplomats’ visas, consider them ‘illegals’ – deputy FM'],
    ['newsletter', 'Subscribe to RT newsletter to get stories the mainstream media won’t tell you.'],
  ],
};

/** For naming lines only: the scraped text has no-break spaces where the list above has spaces. */
const spaces = (s: string) => s.replace(/\s+/gu, ' ').trim();

let articles: Map<string, Article>;
const fileText = (id: string) => readFileSync(path.join(CORPUS, `${id}.txt`), 'utf8');

beforeAll(async () => {
  const loaded = await loadCorpus(CORPUS);
  expect(loaded.warnings).toEqual([]);
  articles = new Map(loaded.articles.map((raw) => [raw.id, cleanArticle(raw)]));
});

describe.each(Object.entries(CHROME))('seed article %s', (id, chrome) => {
  const chromeLines = new Set(chrome.map(([, line]) => spaces(line)));

  it('drops exactly the chrome lines, each by the expected rule', () => {
    const a = articles.get(id)!;
    const { dropped } = cleanText(a.raw, { title: a.source.title, outlet: a.source.outlet });
    expect(dropped.map((d) => [d.rule, spaces(d.line)])).toEqual(chrome.map(([rule, line]) => [rule, spaces(line)]));
  });

  it('keeps every other line as a paragraph, byte for byte and in order', () => {
    const a = articles.get(id)!;
    const expected = a.raw
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !chromeLines.has(spaces(line)));
    expect(a.text).toBe(expected.join('\n\n'));
  });

  it('quotes only text that is in the corpus file', () => {
    const file = fileText(id);
    for (const paragraph of articles.get(id)!.text.split('\n\n')) expect(file.includes(paragraph)).toBe(true);
  });

  it('loads the scraped text as the corpus file holds it after the front matter, unchanged', () => {
    const file = fileText(id);
    const raw = articles.get(id)!.raw;
    expect(file.endsWith(raw)).toBe(true);
    expect(file.slice(0, file.length - raw.length)).toMatch(/^---\n(?:[a-z]+: .*\n)+---\n$/);
  });
});

describe('seed corpus', () => {
  it('keeps the lede of 001, which repeats words of its headline', () => {
    expect(articles.get('001_7d7e979617e2e350')!.text.startsWith(
      'López Obrador asked the United States to restore relations with Venezuela in the face of the current migration crisis.',
    )).toBe(true);
  });

  it('keeps the numbered paragraphs of 003', () => {
    const text = articles.get('003_3614d13fda6eec64')!.text;
    expect(text).toContain('\n\n1.\u00a0Mexico played a leading role.');
    expect(text).toContain('\n\n4. The Caribbean countries are split');
  });

  it('derives a title for 003 from its first sentence', () => {
    const title = articles.get('003_3614d13fda6eec64')!.source.title;
    expect(title.startsWith('Tuesday’s meeting of the Permanent Council')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(101);
  });

  it('keeps the evidence of every answerable dev question', () => {
    // The scraped text has no-break spaces inside phrases; evidence is matched space-insensitively.
    const corpusText = [...articles.values()].map((a) => spaces(a.text)).join('\n');
    const items = readFileSync(DEV_QA, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { evidence: string[]; answerable: boolean });
    const evidence = items.filter((i) => i.answerable).flatMap((i) => i.evidence);
    expect(evidence.length).toBeGreaterThan(20);
    expect(evidence.filter((e) => !corpusText.includes(spaces(e)))).toEqual([]);
  });
});
