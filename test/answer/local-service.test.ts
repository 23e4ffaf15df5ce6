import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentBuildId } from '../../src/index/store.js';
import { phrasesFor } from '../../src/answer/phrases.js';
import { build, localService } from '../support/built-index.js';
import { editArticle, seedCorpusCopy } from '../support/temp.js';

describe('LocalAnswerService', () => {
  it('picks up a rebuilt index between two requests without a restart', async () => {
    const { corpus, indexDir, embedder, service } = await localService(seedCorpusCopy());
    const before = await service.ask('Who has Guaido supporter Peru invited to the next Lima Group meet-up?');
    expect(before.passages.some((p) => p.quote.includes('Brazil and Argentina'))).toBe(false);
    editArticle(corpus, '004', (text) => text.replace('Peru has invited Russia', 'Peru has invited Brazil and Argentina, Russia'));
    const oldId = currentBuildId(indexDir);
    await build(corpus, indexDir, embedder);
    expect(currentBuildId(indexDir)).not.toBe(oldId);
    const after = await service.ask('Who has Guaido supporter Peru invited to the next Lima Group meet-up?');
    expect(after.passages.some((p) => p.quote.includes('Brazil and Argentina'))).toBe(true);
  });

  it('keeps serving the previous index when the new build cannot be read', async () => {
    const { indexDir, service } = await localService(seedCorpusCopy());
    await service.ask('Lima Group');
    writeFileSync(path.join(indexDir, 'CURRENT'), 'no-such-build');
    const answer = await service.ask('Lima Group');
    expect(answer.passages.length).toBeGreaterThan(0);
  });

  it('lists sources oldest first and derives topics from the corpus', async () => {
    const { service } = await localService(seedCorpusCopy());
    const sources = await service.sources();
    expect(sources.map((s) => s.source.published)).toEqual(['2017-03', '2017-06', '2019-04', '2019-07-04', '2022-10']);
    const topics = await service.topics();
    expect(topics).toContain('Venezuela');
    expect(topics.length).toBeLessThanOrEqual(25);
  });

  it('groups a digest by article in date order and honours since', async () => {
    const { service } = await localService(seedCorpusCopy());
    const digest = await service.digest('Venezuela OAS Lima Group Mexico');
    const dates = digest.groups.map((g) => g.source.published!);
    expect(dates).toEqual([...dates].sort());
    expect(digest.groups.length).toBeGreaterThan(1);
    for (const g of digest.groups) expect(g.quotes.every((q) => q.articleId === g.articleId)).toBe(true);
    const recent = await service.digest('Venezuela OAS Lima Group Mexico', { since: '2019' });
    expect(recent.groups.every((g) => g.source.published! >= '2019')).toBe(true);
  });

  it('quotes the sentence holding another form of a verb asked about, which the stemmer parts from it ("die" / "died")', async () => {
    const { corpus, indexDir, embedder, service } = await localService(seedCorpusCopy());
    // The sentence naming him in full shares more words with the question; the one saying he died lies past a quote's reach from it.
    const named = 'Nestor Popolizio, the long-serving Peruvian diplomat and Lima Group founder, chaired the talks for years.';
    const filler =
      'The weather in the capital stayed mild through the winter, and the harbour saw more ships than in any year before it. '.repeat(2);
    editArticle(corpus, '004', (text) =>
      text.replace('Established in 2017,', `${named} ${filler}Popolizio died in May. Established in 2017,`),
    );
    await build(corpus, indexDir, embedder);
    const answer = await service.ask('how did nestor popolizio die');
    expect(answer.passages.some((p) => p.quote.includes('Popolizio died in May.'))).toBe(true);
  });

  it('reads a follow-up together with the earlier question', async () => {
    const { service } = await localService(seedCorpusCopy());
    const followUp = await service.ask('and what did they decide?', { context: 'Who did Peru invite to the Lima Group meeting?' });
    expect(followUp.question).toBe('and what did they decide?');
    expect(followUp.passages[0]!.source.title).toMatch(/Peru invites/);
  });

  it('reads a question as a reader sees it, without escape codes or invisible characters, and echoes it as typed', async () => {
    const { service } = await localService(seedCorpusCopy());
    const typed = 'who is \u001b[31mpopo\u200blizio\u001b[0m';
    const answer = await service.ask(typed);
    expect(answer.question).toBe(typed);
    expect(answer.answerable).toBe(true);
    expect(answer.missing).toEqual([]);
    expect(answer.readAs).toBeNull();
    await expect(service.ask('\u001b[2J\u200b')).rejects.toMatchObject({ code: 'QUESTION_EMPTY' });
  });

  it('refuses an empty question before touching the index', async () => {
    const { service } = await localService(seedCorpusCopy());
    await expect(service.ask('  ')).rejects.toMatchObject({ code: 'QUESTION_EMPTY' });
  });
  it('shows a question it cannot translate only as related text, naming none of its own words as missing', async () => {
    // No engine is installed in this service: the Spanish is searched as typed, without its grammar words.
    const { service } = await localService(seedCorpusCopy());
    const answer = await service.ask('¿Qué pasó en la reunión de la OEA en Cancún?');
    expect(answer.language).toBe('es');
    expect(answer.untranslated?.reason).toBe('no-engine');
    expect(answer.answerable).toBe(false);
    expect(answer.passages).toEqual([]);
    expect(answer.gap).toBe(phrasesFor('es').unread);
    expect(answer.missing).toEqual([]);
    // Spelling correction of Spanish into English ("sobre" → "sober") is no reading worth showing.
    expect(answer.readAs).toBeNull();
    expect(answer.related.some((p) => p.quote.includes('Cancun'))).toBe(true);
  });
});
