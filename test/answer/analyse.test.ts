import { describe, expect, it } from 'vitest';
import { analyse, type AnalysisContext } from '../../src/answer/analyse.js';
import { ABSTAIN_MODEL } from '../../src/retrieval/abstain-model.js';
import { RANKER_MODEL } from '../../src/retrieval/ranker-model.js';
import { DEFAULT_RETRIEVAL } from '../../src/retrieval/retriever.js';
import { builtProvider } from '../support/built-index.js';
import { SEED_CORPUS } from '../support/paths.js';
import { ALWAYS_ANSWER } from '../../src/testing/always-answer.js';

async function context(): Promise<AnalysisContext> {
  const { provider } = await builtProvider(SEED_CORPUS);
  return { ...(await provider.current()), retrieval: DEFAULT_RETRIEVAL, abstain: ABSTAIN_MODEL, ranker: RANKER_MODEL };
}

describe('analyse', () => {
  it('ranks a pool wider than k, then keeps k passages with at most three per article', async () => {
    const a = await analyse(await context(), 'who did peru invite to the lima group meeting', 5);
    expect(a.candidates.length).toBeGreaterThan(5);
    expect(a.retrieved).toHaveLength(5);
    const perArticle = new Map<string, number>();
    for (const r of a.retrieved) perArticle.set(r.passage.articleId, (perArticle.get(r.passage.articleId) ?? 0) + 1);
    expect(Math.max(...perArticle.values())).toBeLessThanOrEqual(3);
  });

  it('refuses a question about a person the corpus never mentions, and keeps as related only passages naming what it knows', async () => {
    const a = await analyse(await context(), 'what did rafael correa tell popolizio');
    expect(a.answerable).toBe(false);
    expect(a.missing).toEqual(['rafael correa']);
    expect(a.gap).toBe('The corpus never mentions Rafael Correa.');
    expect(a.related.length).toBeGreaterThan(0);
    for (const r of a.related) expect(r.passage.text).toMatch(/Popolizio/);
  });

  it('reads chat and follows an earlier question in the same conversation', async () => {
    const a = await analyse(await context(), 'and what did peru do', 5, 'who went to the lima group meeting');
    expect(a.query).toBe('who went to the lima group meeting and what did peru do');
  });

  it('asks what a question naming nothing is about, unless it follows an earlier question', async () => {
    const ctx = { ...(await context()), abstain: ALWAYS_ANSWER };
    const alone = await analyse(ctx, 'so what happened');
    expect(alone.answerable).toBe(false);
    expect(alone.gap).toBe('The question does not say what it is about: name a person, a place or an event.');
    expect(alone.related).toEqual([]);
    expect((await analyse(ctx, 'so what happened', 5, 'what did the oas do in cancun')).answerable).toBe(true);
    expect((await analyse(ctx, 'what happened to guaido')).answerable).toBe(true);
  });

  it('does not answer a question for a figure when its best passages give none, whatever the rule says', async () => {
    const ctx = { ...(await context()), abstain: ALWAYS_ANSWER };
    const none = await analyse(ctx, 'how many children does luis alfonso de alba have');
    expect(none.answerable).toBe(false);
    expect(none.gap).toMatch(/no passage with a number/);
    expect((await analyse(ctx, 'how many votes did videgaray need')).answerable).toBe(true);
  });

  it('leads a count with the passage whose figure counts what is asked, judging the answer on the passages as ranked', async () => {
    const ctx = await context();
    const a = await analyse(ctx, 'how many countries recognized guaido');
    expect(a.answerable).toBe(true);
    expect(a.retrieved[0]!.passage.text).toMatch(/eleven of the group’s members recognized/);
    expect((await analyse(ctx, 'how many people live in colombia')).answerable).toBe(false);
  });

  it('does not answer how a meeting turned out from passages that only announce it, and says so', async () => {
    const ctx = { ...(await context()), abstain: ALWAYS_ANSWER };
    const after = await analyse(ctx, 'what did abdo benitez say after meeting pompeo in asuncion');
    expect(after.answerable).toBe(false);
    expect(after.gap).toBe('The corpus reports this only as planned, possible or asked for, not how it turned out.');
    expect((await analyse(ctx, 'who will abdo benitez meet in asuncion')).answerable).toBe(true);
  });

  it("answers a question about how things stand now with how old its newest article is, in the asker's language", async () => {
    const ctx = { ...(await context()), abstain: ALWAYS_ANSWER };
    const now = await analyse(ctx, 'is popolizio still foreign minister');
    expect(now.gap).toMatch(/^The newest of these articles is from 2019-07-04: the corpus cannot say how things stand now\.$/);
    const pt = await analyse(ctx, 'Popolizio still is foreign minister?', undefined, undefined, {
      language: 'pt',
      original: 'popolizio ainda é chanceler?',
    });
    expect(pt.gap).toMatch(/^O mais recente destes artigos é de 2019/);
    expect((await analyse(ctx, 'who is the peruvian foreign minister')).gap).toBeNull();
  });

  it('finds a year through the dateline of an article whose text never writes it, and refuses that year for passages of other years', async () => {
    const ctx = await context();
    const asked = await analyse(ctx, 'what did amlo say about venezuela in 2022');
    expect(asked.answerable).toBe(true);
    expect(ctx.lookups.articles.get(asked.retrieved[0]!.passage.articleId)?.source.published).toMatch(/^2022/);
    const other = await analyse({ ...ctx, abstain: ALWAYS_ANSWER }, 'what did the lima group do in 2022');
    expect(other.answerable).toBe(false);
    expect(other.gap).toBe('No passage in the corpus speaks of Lima Group and 2022 together.');
    // A year some passage writes, but none of the best passages, nor their articles' dates.
    const written = await analyse({ ...ctx, abstain: ALWAYS_ANSWER }, 'did the lima group meet in 2021');
    expect(written.answerable).toBe(false);
    expect(written.gap).toBe('No passage in the corpus speaks of Lima Group and 2021 together.');
  });

  it('quotes first who was invited when asked who was, and who was left out when asked who was not', async () => {
    const ctx = await context();
    const invited = await analyse(ctx, 'who did peru invite to the lima group meeting');
    expect(invited.retrieved[0]!.passage.text).toMatch(/has (?:also been )?invited/);
    expect(invited.retrieved[0]!.passage.text).not.toContain('Neither the representatives of Maduro');
    const left = await analyse(ctx, 'who was not invited to the lima group meeting');
    expect(left.retrieved[0]!.passage.text).toContain('Neither the representatives of Maduro');
  });

  it('refuses what someone said when the passages naming them, and what they were asked about, only speak about them', async () => {
    const ctx = { ...(await context()), abstain: ALWAYS_ANSWER };
    const silent = await analyse(ctx, 'what did trump say about venezuela');
    expect(silent.answerable).toBe(false);
    expect(silent.gap).toBe('The corpus mentions Trump but no passage reports what Trump said about Venezuela.');
    expect((await analyse(ctx, 'what did pence say at the un security council')).answerable).toBe(true);
    const elsewhere = await analyse(ctx, 'what did pence say about mexico');
    expect(elsewhere.gap).toBe('The corpus mentions Pence but no passage reports what Pence said about Mexico.');
  });

  it('refuses whether a decisive outcome came about when the passages only report it as a goal, and answers a vote lost in other words', async () => {
    const ctx = { ...(await context()), abstain: ALWAYS_ANSWER };
    const ousted = await analyse(ctx, 'did maduro get ousted');
    expect(ousted.answerable).toBe(false);
    expect(ousted.gap).toBe('The corpus mentions Maduro but no passage reports the outcome asked about (“ousted”).');
    expect((await analyse(ctx, 'did mexico win the vote at the oas')).answerable).toBe(true);
  });

  it('judges a passage with the names the lede of its article sets as its subject', async () => {
    const ctx = await context();
    // The counterproposal passage never writes "Venezuela"; its article opens on Venezuela's affairs.
    const plan = await analyse(ctx, 'what was the caricom counterproposal for venezuela');
    expect(plan.retrieved[0]!.passage.text).not.toMatch(/Venezuela/);
    expect(plan.features.bestEntityShare).toBe(1);
    expect(plan.answerable).toBe(true);
    expect(plan.retrieved[0]!.passage.text).toContain('counterproposal');
  });

  it('finds a verb in the noun made from it: "suspending" in "suspension"', async () => {
    const a = await analyse(await context(), 'what did the us say about suspending venezuela');
    expect(a.answerable).toBe(true);
    expect(a.retrieved[0]!.passage.text).toContain('alternative to Venezuela’s suspension');
  });
});
