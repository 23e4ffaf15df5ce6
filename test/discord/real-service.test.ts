import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Locale } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerService } from '../../src/answer/create.js';
import { loadConfig } from '../../src/config.js';
import { UseLiteEmbedder } from '../../src/embed/use-lite.js';
import { buildIndex } from '../../src/index/build.js';
import { silentLogger } from '../../src/logger.js';
import type { AnswerService } from '../../src/answer/service.js';
import { renderAnswer } from '../../src/discord/render.js';
import { contentOf, isMessageSend, quotes, sendProblems } from '../../src/testing/discord-standin/inspect.js';
import type { RecordedRequest } from '../../src/testing/discord-standin/index.js';
import { messageCreate } from '../../src/testing/discord-standin/payloads.js';
import { startBot, type RunningBot } from '../../src/testing/discord-standin/start-bot.js';
import { apertium } from '../support/apertium.js';
import { SEED_CORPUS } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

/** `/ask` end to end: the real discord.js client, the stand-in, and the real service over a USE-Lite index. */
const POMPEO = {
  question: 'Which countries will Pompeo visit on his trip to Latin America?',
  evidence: ['Colombia, Chile, Peru, and Paraguay'],
};
const corpusFiles = readdirSync(SEED_CORPUS).map((f) => readFileSync(path.join(SEED_CORPUS, f), 'utf8'));

let bot: RunningBot;
let service: AnswerService;
beforeAll(async () => {
  const indexDir = path.join(tempDir('citebot-bot-'), 'index');
  await buildIndex({ corpusPaths: [SEED_CORPUS], indexDir, embedder: new UseLiteEmbedder() });
  const config = loadConfig({ INDEX_DIR: indexDir, CORPUS_PATH: SEED_CORPUS, EMBEDDER: 'use-lite', ALLOW_REMOTE_MODELS: 'false' });
  service = createAnswerService(config, { logger: silentLogger() }).service;
  bot = await startBot({ service });
});
afterAll(async () => {
  await bot?.stop();
});

describe('/ask with the real answer service', () => {
  it('defers, then answers a question with verbatim corpus quotes that hold the evidence', async () => {
    const item = POMPEO;
    const sent = bot.command('ask', { options: { question: item.question } });
    const { deferMs, answerMs, answer } = await bot.answered(sent);
    console.log(
      `/ask with the real service (first question, index loads): deferred ${deferMs.toFixed(1)} ms, answered ${answerMs.toFixed(1)} ms`,
    );
    expect(bot.callsFor(sent.interaction)[0]!.body).toMatchObject({ type: 5 });
    const quoted = quotes(contentOf(answer));
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted)
      expect(
        corpusFiles.some((f) => f.includes(q)),
        q,
      ).toBe(true);
    expect(quoted.some((q) => item.evidence.some((e) => q.includes(e)))).toBe(true);
    expect(contentOf(answer)).toMatch(/Sputnik International/);
    expect(sendProblems(answer)).toEqual([]);
  });

  it('tells the member when the corpus has no answer', async () => {
    const sent = bot.command('ask', { options: { question: 'Who won the 2018 FIFA World Cup?' } });
    const { answer, answerMs } = await bot.answered(sent);
    console.log(`/ask with the real service (second question): answered ${answerMs.toFixed(1)} ms`);
    // The corpus never names the tournament, so nothing is shown as related to it either.
    expect(contentOf(answer)).toMatch(/The corpus never mentions .*FIFA World Cup/);
    expect(quotes(contentOf(answer))).toEqual([]);
  });
});

describe.skipIf(apertium === null)('questions in Spanish and Portuguese, with Apertium', () => {
  it('answers a Spanish /ask from an es-ES member in Spanish, shows the English reading, quotes the English corpus', async () => {
    const sent = bot.command('ask', {
      options: { question: '¿Qué países visitará Pompeo en su viaje a América Latina?' },
      locale: Locale.SpanishES,
    });
    const { answer } = await bot.answered(sent);
    const content = contentOf(answer);
    expect(content).toMatch(/^\*\*Pregunta:\*\* ¿Qué países visitará Pompeo/);
    expect(content).toMatch(/\*\*Leída como:\*\* .*Pompeo/);
    expect(content).toMatch(/Lo que dice el corpus, citado palabra por palabra/);
    const quoted = quotes(content);
    expect(quoted.some((q) => q.includes('Colombia, Chile, Peru, and Paraguay'))).toBe(true);
    for (const q of quoted) expect(corpusFiles.some((f) => f.includes(q))).toBe(true);
    expect(sendProblems(answer)).toEqual([]);
  });

  it('adds a labelled machine translation under each quote when asked to, the quotes unchanged', async () => {
    const question = '¿Qué países visitará Pompeo en su viaje a América Latina?';
    const sent = bot.command('ask', { options: { question, translate: true }, locale: Locale.SpanishES });
    await bot.answered(sent);
    // A long quote block and its translation can take more than one message: read them all.
    const pages = renderAnswer(await service.ask(question, { locale: Locale.SpanishES, translateQuotes: true })).length;
    const isFollowUp = (r: RecordedRequest) => r.method === 'POST' && r.path.endsWith(`/${sent.interaction.token}`);
    await bot.standin.requests.waitCount(isFollowUp, pages - 1, { from: sent.mark });
    const content = bot
      .callsFor(sent.interaction)
      .filter(isMessageSend)
      .map((r) => contentOf(r))
      .join('\n\n');
    expect(content).toMatch(/^-# Traducción automática, no es la cita: .*(Colombia|Pompeo)/m);
    for (const q of quotes(content)) expect(corpusFiles.some((f) => f.includes(q))).toBe(true);
  });

  it('answers a Portuguese mention in Portuguese, in the thread it starts', async () => {
    const world = bot.standin.world;
    const message = messageCreate(world, {
      content: `<@${world.bot.id}> Quais países o Pompeo vai visitar na viagem?`,
      channelId: world.channels.general.id,
    });
    const from = bot.standin.requests.mark;
    bot.standin.postMessage(message);
    const answer = await bot.standin.requests.wait(
      (r) =>
        r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.path !== `/channels/${world.channels.general.id}/messages`,
      { from },
    );
    const content = contentOf(answer);
    expect(content).toMatch(/^\*\*Pergunta:\*\*/);
    expect(content).toMatch(/\*\*Lida como:\*\* .*Pompeo/);
    expect(content).toMatch(/O que o corpus diz, citado palavra por palavra/);
    expect(quotes(content).some((q) => q.includes('Colombia, Chile, Peru, and Paraguay'))).toBe(true);
  });

  it('declines a near-topic Spanish question in Spanish, naming what the corpus lacks', async () => {
    const sent = bot.command('ask', { options: { question: '¿Qué dijo Bolsonaro sobre Guaidó?' }, locale: Locale.SpanishLATAM });
    const { answer } = await bot.answered(sent);
    expect(contentOf(answer)).toMatch(/El corpus nunca menciona a Bolsonaro\./);
    expect(quotes(contentOf(answer)).every((q) => corpusFiles.some((f) => f.includes(q)))).toBe(true);
  });
});
