import { CHROME_ONLY } from '../support/fixtures.js';
import { describe, expect, it } from 'vitest';
import { cleanArticle, cleanText, type CleanContext } from '../../src/corpus/clean.js';
import type { RawArticle } from '../../src/corpus/types.js';

/**
 * Each rule on small made-up pages from imaginary outlets, so the rules are shown to be general
 * rather than fitted to the seed articles (see seed-articles.test.ts for those).
 */
const P1 = 'The harbour authority said on Monday that the ferry would resume service after the storm.';
const P2 = 'Officials expect the first crossing to carry about 300 passengers, most of them commuters.';
const P3 = 'The company has not said whether ticket prices will change when the service returns.';

const page = (...lines: string[]) => lines.join('\n\n');
/** Rule that dropped each line, keyed by line. */
const drops = (raw: string, context: CleanContext = {}) =>
  Object.fromEntries(cleanText(raw, context).dropped.map((d) => [d.line, d.rule]));
const kept = (raw: string, context: CleanContext = {}) => cleanText(raw, context).paragraphs;

describe('cleanText: the top of the page', () => {
  it('drops the headline repeated as the first line and the site tagline above it', () => {
    const raw = 'The Harbor Gazette: news for the bay\nLocal\n\nFerry Service Resumes After Storm\n\n' + page(P1, P2);
    expect(drops(raw, { title: 'Ferry Service Resumes After Storm' })).toEqual({
      'The Harbor Gazette: news for the bay': 'before-headline',
      Local: 'before-headline',
      'Ferry Service Resumes After Storm': 'headline',
    });
  });

  it('drops a headline copy that differs only in punctuation, quotes and spacing', () => {
    const raw = page('Mayor says ‘no deal’ on port\u00a0', P1);
    expect(kept(raw, { title: "Mayor says 'no deal' on port" })).toEqual([P1]);
  });

  it('keeps a short lede above a later copy of the headline', () => {
    const lede = 'The ferry resumed service on Monday, officials said.';
    const { paragraphs, dropped } = cleanText(page(lede, 'Ferry Service Resumes After Storm', P2), { title: 'Ferry Service Resumes After Storm' });
    expect(paragraphs).toEqual([lede, P2]);
    // Not taken for the top headline: the copy goes only as a Title Case line inside the story.
    expect(dropped).toEqual([{ line: 'Ferry Service Resumes After Storm', rule: 'related-headline' }]);
  });

  it('keeps a lede that repeats words of the headline', () => {
    const lede = 'The council asked the state on Tuesday to fund the bridge over the river, citing safety.';
    expect(kept(page('Council asks state to fund bridge', lede, P2), { title: 'Council asks state to fund bridge' })).toEqual([lede, P2]);
  });

  it('keeps the first paragraph when the title is a sentence derived from it', () => {
    expect(kept(page('The talks failed.', P1), { title: 'The talks failed.' })).toEqual(['The talks failed.', P1]);
  });

  it('drops a dateline above the story', () => {
    expect(drops(page('March 3, 2021', P1, P2))).toEqual({ 'March 3, 2021': 'dateline' });
  });

  it('drops a section label above the story when no title is given', () => {
    expect(drops(page('Politics', P1, P2))).toEqual({ Politics: 'short-fragment' });
  });

  it('drops a byline', () => {
    expect(drops(page('By Jane Doe and John Roe', P1))).toEqual({ 'By Jane Doe and John Roe': 'byline' });
  });

  it('drops stray punctuation lines', () => {
    expect(drops(page(', , ,', P1, '* * *', P2))).toEqual({ ', , ,': 'punctuation-only', '* * *': 'punctuation-only' });
  });
});

describe('cleanText: cross-links and related stories', () => {
  it('drops "READ MORE:", "Related:" and "See also" cross-link lines', () => {
    const links = ['READ MORE: Storm Batters Coastal Towns', 'Related: Council Approves Budget', 'See also: Bridge Plans Unveiled'];
    expect(drops(page(P1, ...links, P2))).toEqual(Object.fromEntries(links.map((l) => [l, 'cross-link'])));
  });

  it('drops an "Also on <site>" cross-link', () => {
    const link = 'Also on courier.example Mayor resigns amid probe – report';
    expect(drops(page(P1, link, P2))).toEqual({ [link]: 'cross-link' });
  });

  it('drops an "Also on <Site>:" and "More from <Site>:" label, but keeps "Also on Tuesday:"', () => {
    const links = ['Also on CNN: Ten things to know about the storm', 'More from The Ledger: Council approves budget'];
    expect(drops(page(P1, ...links, P2))).toEqual(Object.fromEntries(links.map((l) => [l, 'cross-link'])));
    const dated = 'Also on Tuesday: the mayor met union leaders to discuss the strike.';
    expect(kept(page(P1, dated, P2))).toEqual([P1, dated, P2]);
  });

  it('leaves nothing of a file that is only chrome lines', () => {
    expect(cleanText(CHROME_ONLY).text).toBe('');
    expect(drops(page(P1, '12 comments', P2, 'Comments (3)'))).toEqual({ '12 comments': 'comment-widget', 'Comments (3)': 'comment-widget' });
  });

  it('keeps a sentence that starts with "Also on"', () => {
    const sentence = 'Also on Tuesday, the mayor met union leaders to discuss the strike.';
    expect(kept(page(P1, sentence, P2))).toEqual([P1, sentence, P2]);
  });

  it('drops a related-story title standing alone between paragraphs', () => {
    const title = 'Storm Batters Coastal Towns, Leaves Thousands Without Power';
    expect(drops(page(P1, title, P2))).toEqual({ [title]: 'related-headline' });
  });

  it('drops a related-story title glued to the next paragraph by a single newline', () => {
    const title = 'Prairie Governor Urges Calm as Floodwaters Rise';
    expect(kept(`${P1}\n\n${title}\n${P2}`)).toEqual([P1, P2]);
  });

  it('keeps a run of more than three Title Case lines: a list, not chrome', () => {
    const list = ['The Long Road Home', 'A House Divided Stands', 'Winter Comes to Town', 'Brothers of the Black River'];
    expect(kept(page(P1, ...list, P2))).toEqual([P1, ...list, P2]);
  });

  it('keeps numbered, lettered, "Label: value", "Name — Work" and comma-list entries', () => {
    const entries = [
      '3. Arizona: Catalina Foothills School District',
      'B. Best Buy Holdings Group',
      'Incumbent: Republican Jane Roe',
      'Ray Price — “Heartaches by the Number”',
      'Barcelona, Bayern Munich, Porto, Real Madrid',
    ];
    for (const entry of entries) expect(kept(page(P1, entry, P2))).toEqual([P1, entry, P2]);
  });
});

describe('cleanText: captions and credits', () => {
  it('drops photo credit lines', () => {
    const credits = ['© Reuters / Jane Doe', 'Photo: Jane Doe/Valley Ledger', 'Fire crews battle the blaze near the highway on Sunday. REUTERS/Jane Doe'];
    expect(drops(page(P1, ...credits, P2))).toEqual(Object.fromEntries(credits.map((c) => [c, 'photo-credit'])));
  });

  it('drops a caption signed " - <outlet>"', () => {
    const caption = 'Fishing boats sit idle in the harbour after the storm, on March 2, 2021. - Harbor Gazette';
    expect(drops(page(P1, caption, P2), { outlet: 'Harbor Gazette' })).toEqual({ [caption]: 'caption-attribution' });
  });

  it('recognises a site name that signs two captions when the outlet is unknown', () => {
    const c1 = 'Farmers inspect a flooded field near the river on Friday, April 2, 2021 - Prairie Wire';
    const c2 = 'A truck drives through water on a rural road outside the town on Friday - Prairie Wire';
    expect(kept(page(P1, c1, P2, c2, P3))).toEqual([P1, P2, P3]);
  });

  it('keeps a line ending in " - Name" when the name signs nothing else', () => {
    const line = 'The bridge will reopen next month after repairs, according to the chief engineer - Maria Lopez';
    expect(kept(page(P1, line, P2))).toEqual([P1, line, P2]);
  });

  it('drops a caption repeated on the next line', () => {
    const caption = 'The mayor speaks at a rally in the city centre on Friday evening';
    expect(drops(page(P1, caption, caption, P2))).toEqual({ [caption]: 'repeated-line' });
  });

  it('drops both copies of a caption printed twice, one with the credit glued to it', () => {
    const glued = 'Jane Doe for the Valley LedgerThe mayor speaks at a rally in the city centre on Friday evening, before the vote';
    const caption = 'The mayor speaks at a rally in the city centre on Friday evening, before the vote';
    expect(drops(`${P1}\n\n${glued}\n${caption}\n${P2}`)).toEqual({ [glued]: 'caption-twin', [caption]: 'repeated-line' });
  });

  it('keeps a paragraph next to its pull quote, and the first of two duplicated paragraphs', () => {
    const quote = 'the ferry would resume service after the storm';
    expect(kept(page(P1, quote, P2))).toEqual([P1, P2]);
    expect(kept(page(P1, P1, P2))).toEqual([P1, P2]);
  });
});

describe('cleanText: widgets, dates, scripts and sign-offs', () => {
  it('drops newsletter and subscribe lines', () => {
    const lines = ['Subscribe', 'Sign up for the Morning Brief newsletter', "Subscribe to our newsletter for the week's top stories."];
    expect(drops(page(P1, ...lines, P2))).toEqual(Object.fromEntries(lines.map((l) => [l, 'newsletter'])));
  });

  it('drops comment widget lines and the one-word leftovers around them', () => {
    const raw = `${P1}\n\nComments\n12\nLeave a comment\nShare on Facebook\nLoading`;
    expect(drops(raw)).toEqual({
      Comments: 'comment-widget',
      '12': 'short-fragment',
      'Leave a comment': 'comment-widget',
      'Share on Facebook': 'comment-widget',
      Loading: 'short-fragment',
    });
  });

  it('keeps a one-word subheading between two paragraphs', () => {
    expect(kept(page(P1, 'Alabama', P2))).toEqual([P1, 'Alabama', P2]);
  });

  it('drops "updated ... ago" timestamp lines anywhere', () => {
    const stamps = ['12 Mar, 2021 14:05 / Updated 2 days ago', 'Published 3 hours ago'];
    expect(drops(page(P1, stamps[0]!, P2, stamps[1]!, P3))).toEqual(Object.fromEntries(stamps.map((s) => [s, 'timestamp'])));
  });

  it('keeps a date in a schedule further down the story', () => {
    expect(kept(page(P1, 'Saturday, 5 March 2022', P2))).toEqual([P1, 'Saturday, 5 March 2022', P2]);
  });

  it('drops a line in another script than the article', () => {
    expect(drops(page(P1, 'Читайте также: главные новости', P2))).toEqual({ 'Читайте также: главные новости': 'foreign-script' });
  });

  it('keeps a Cyrillic article and drops a Latin-script widget line in it', () => {
    const ru = ['Паром возобновил работу в понедельник после шторма, сообщили в порту.', 'Первый рейс перевез около трехсот пассажиров.'];
    expect(drops(page(ru[0]!, 'Powered by Disqus', ru[1]!))).toEqual({ 'Powered by Disqus': 'foreign-script' });
  });

  it('keeps an English paragraph that quotes a Russian phrase', () => {
    const quote = 'The minister called the deal «хорошая сделка», meaning a good deal, in a televised address on Monday.';
    expect(kept(page(P1, quote))).toEqual([P1, quote]);
  });

  it('drops the outlet name as a sign-off on the last line', () => {
    expect(drops(page(P1, P2, 'Valley Ledger'), { outlet: 'Valley Ledger' })).toEqual({ 'Valley Ledger': 'outlet-name' });
  });

  it('drops a Title Case sign-off at the end when the outlet is unknown', () => {
    expect(drops(page(P1, P2, 'Prairie Wire Daily News'))).toEqual({ 'Prairie Wire Daily News': 'related-headline' });
  });
});

describe('cleanText: what must be kept', () => {
  it('keeps a one-sentence paragraph', () => {
    expect(kept(page(P1, 'The vote was delayed.', P2))).toEqual([P1, 'The vote was delayed.', P2]);
  });

  it('keeps a quoted Title-Case line that ends with a period', () => {
    const line = '“We Will Not Back Down,” The Minister Said.';
    expect(kept(page(P1, line, P2))).toEqual([P1, line, P2]);
  });

  it('keeps every paragraph byte for byte, trimming only around it', () => {
    const odd = 'Prices rose 5%\u00a0in March,  the “agency” said — “no change”\u00a0expected.';
    const raw = `  ${P1}  \n\n\u00a0${odd}\t\n\n`;
    const { paragraphs, text } = cleanText(raw);
    expect(paragraphs).toEqual([P1, odd]);
    expect(text).toBe(`${P1}\n\n${odd}`);
  });

  it('keeps list lines that start with a lower-case "by" after a colon', () => {
    const list = ['The most challenged books were:', 'by Harper Lee "The Catcher in the Rye," by JD Salinger', 'by JD Salinger "The Grapes of Wrath," by John Steinbeck'];
    expect(kept(page(P1, ...list, P2))).toEqual([P1, ...list, P2]);
  });

  it('keeps a wire-service table intact', () => {
    const table = ['Shr 39 cts vs 50 cts', 'Net 1,545,160 vs 2,188,933', 'Year', 'Shr 1.53 dlrs vs 1.21 dlrs', 'Feb 28'];
    expect(kept(page(...table, 'NOTE: Results restated for a stock split in 1986.'))).toHaveLength(6);
  });

  it('keeps a hard-wrapped paragraph as one paragraph', () => {
    const wrapped = 'The ferry between the two islands resumed service on\nMonday after a week of storms, the port authority said in\na statement, adding that timetables were unchanged.';
    expect(kept(page(wrapped, P2))).toEqual([wrapped, P2]);
  });

  it('returns paragraphs that are exact substrings of text with CRLF line ends', () => {
    const raw = `Headline Of The Day\r\n\r\n${P1}\r\n\r\nRelated: Other News Today\r\n${P2}\r\n`;
    const { paragraphs } = cleanText(raw, { title: 'Headline of the day' });
    expect(paragraphs).toEqual([P1, P2]);
    for (const p of paragraphs) expect(raw.includes(p)).toBe(true);
  });
});

describe('cleanArticle', () => {
  const raw: RawArticle = {
    id: 'ferry',
    source: { title: 'Ferry Service Resumes', outlet: 'Harbor Gazette', published: '2021-03', url: null, file: 'ferry.md' },
    raw: page('Ferry Service Resumes', P1, 'Subscribe', P2),
    format: 'text',
  };

  it('fills the cleaned text and a sha256 content hash', () => {
    const article = cleanArticle(raw);
    expect(article.text).toBe(`${P1}\n\n${P2}`);
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(article.raw).toBe(raw.raw);
  });

  it('changes the hash when the text or the source changes, and only then', () => {
    const hash = cleanArticle(raw).contentHash;
    expect(cleanArticle({ ...raw }).contentHash).toBe(hash);
    expect(cleanArticle({ ...raw, raw: raw.raw + '\n\nMore.' }).contentHash).not.toBe(hash);
    expect(cleanArticle({ ...raw, source: { ...raw.source, published: '2021-04' } }).contentHash).not.toBe(hash);
  });

  it('records the gap a removed line leaves between two paragraphs, and changes the hash when only that line goes', () => {
    const article = cleanArticle(raw);
    expect(article.gaps).toEqual([P1.length]);
    const joined = cleanArticle({ ...raw, raw: page('Ferry Service Resumes', P1, P2) });
    expect(joined.text).toBe(article.text);
    expect(joined.gaps).toEqual([]);
    expect(joined.contentHash).not.toBe(article.contentHash);
  });
});

describe('cleanText: gaps', () => {
  it('marks only joins where the raw text between two kept paragraphs is more than whitespace', () => {
    const result = cleanText(`${P1}\n\nREAD MORE: Storm closes three ports\n\n${P2}\n \n\n${P3}`);
    expect(result.paragraphs).toEqual([P1, P2, P3]);
    expect(result.gaps).toEqual([P1.length]);
    expect(result.text.slice(result.gaps[0]!, result.gaps[0]! + 2)).toBe('\n\n');
  });
});

describe('cleanText: size', () => {
  it('cleans 200 000 one-word lines in linear time (checking the top of the page for each line was quadratic)', () => {
    const raw = 'The\n'.repeat(200_000);
    const started = performance.now();
    expect(cleanText(raw).paragraphs).toHaveLength(200_000);
    // About 0.8 s when linear; the quadratic check took a minute for this.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
