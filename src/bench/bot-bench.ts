/**
 * `/ask` through the real bot (createBot, discord.js) against the loopback Discord stand-in
 * (src/testing/discord-standin, 127.0.0.1 only), answering with the real service over a built index.
 */
import { createAnswerService } from '../answer/create.js';
import { loadConfig } from '../config.js';
import { silentLogger } from '../logger.js';
import { startBot } from '../testing/discord-standin/start-bot.js';
import { REPO_ROOT, say } from './paths.js';
import { summarize } from './stats.js';
import type { BotSection } from './types.js';

export interface BotSpec {
  indexDir: string;
  corpusDir: string;
  questions: string[];
  concurrency: number;
  bursts: number;
  serial: number;
}

export async function benchBot(spec: BotSpec): Promise<BotSection> {
  const config = loadConfig(
    { EMBEDDER: 'use-lite', INDEX_DIR: spec.indexDir, CORPUS_PATH: spec.corpusDir, LOG_LEVEL: 'silent' },
    REPO_ROOT,
  );
  const { service } = createAnswerService(config, { logger: silentLogger() });
  await service.ask(spec.questions[0]!); // load the index and the model before timing
  const bot = await startBot({ service, cooldownSeconds: 0 });
  try {
    const ask = (question: string) => bot.answered(bot.command('ask', { options: { question } }));
    await ask(spec.questions[1]!);
    const serial: number[] = [];
    for (let i = 0; i < spec.serial; i++) serial.push((await ask(spec.questions[i % spec.questions.length]!)).answerMs);
    const deferred: number[] = [];
    const answered: number[] = [];
    for (let b = 0; b < spec.bursts; b++) {
      const sent = Array.from({ length: spec.concurrency }, (_, i) =>
        bot.command('ask', { options: { question: spec.questions[(b * spec.concurrency + i) % spec.questions.length]! } }),
      );
      const results = await Promise.all(sent.map((s) => bot.answered(s)));
      for (const r of results) {
        deferred.push(r.deferMs);
        answered.push(r.answerMs);
      }
    }
    const a = summarize(answered);
    say(
      `  bot: ${spec.concurrency} concurrent /ask: deferred p50 ${summarize(deferred).median.toFixed(0)} ms, answered p50 ${a.median.toFixed(0)} ms p95 ${a.p95.toFixed(0)} ms`,
    );
    return {
      measured: true,
      concurrency: spec.concurrency,
      deferred: summarize(deferred),
      answered: a,
      serialAnswered: summarize(serial),
      notes: [
        `${spec.bursts} burst(s) of ${spec.concurrency} simultaneous /ask interactions from one user (cooldown 0) through discord.js to the loopback stand-in; times are from the gateway dispatch to the stand-in receiving the deferral callback / the final edit of the original reply.`,
        `Baseline: ${spec.serial} /ask one at a time in the same run.`,
      ],
    };
  } finally {
    await bot.stop();
  }
}
