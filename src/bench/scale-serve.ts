/**
 * The bot as deployed (`npm start`, one process or SHARDS=2 under discord.js's ShardingManager)
 * against the loopback Discord stand-in with one server per shard: answer latency of bursts of
 * concurrent /ask, and the resident memory of every bot process afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GatewayOpcodes, STANDIN_TOKEN, startStandin, type DiscordStandin, type World } from '../testing/discord-standin/index.js';
import { chatInput } from '../testing/discord-standin/payloads.js';
import { childrenOf, memoryOf, startProgram } from './processes.js';
import { say } from './paths.js';
import { summarize } from './stats.js';
import type { ScaleMemory, ScaleRun } from './types.js';

/** One bot deployment to measure. `env` selects the backend and corpus (SEARCH_BACKEND, INDEX_DIR, DATABASE_URL …). */
export interface ServeSpec {
  backend: 'local' | 'postgres';
  shards: number;
  env: NodeJS.ProcessEnv;
  questions: string[];
  concurrency: number[];
  bursts: number;
}

// The replies of a request that failed (the database away, no index, a bug), not an answer or an abstention.
const NOT_ANSWERED = /try again shortly|There is no index|Something went wrong/iu;

/** What became of one /ask: answered (or not) after `ms`, or expired before the bot acknowledged it. */
type Outcome = { kind: 'answered' | 'not-answered'; ms: number } | { kind: 'expired' };

/**
 * Sends /ask in `world` and waits for the edit of the deferred reply. The stand-in, like Discord,
 * refuses the acknowledgement of an interaction more than 3 s old: that /ask is never answered.
 */
async function ask(standin: DiscordStandin, world: World, question: string, timeoutMs: number): Promise<Outcome> {
  const interaction = chatInput(world, 'ask', { options: { question } });
  const from = standin.requests.mark;
  const { at } = standin.interact(interaction);
  const callback = `/interactions/${interaction.id}/${interaction.token}/callback`;
  const seen = await standin.requests.wait(
    (r) =>
      (r.method === 'PATCH' && r.path.endsWith(`/${interaction.token}/messages/@original`) && r.status < 300) ||
      (r.path === callback && r.status >= 400),
    { from, timeoutMs },
  );
  if (seen.path === callback) return { kind: 'expired' };
  return { kind: NOT_ANSWERED.test(JSON.stringify(seen.body)) ? 'not-answered' : 'answered', ms: seen.at - at };
}

export async function serveAndMeasure(spec: ServeSpec): Promise<{ runs: ScaleRun[]; memory: ScaleMemory }> {
  const standin = await startStandin({ shards: spec.shards });
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'citebot-scale-'));
  const bot = startProgram('src/main', {
    ...spec.env,
    DISCORD_TOKEN: STANDIN_TOKEN,
    DISCORD_APP_ID: standin.world.appId,
    DISCORD_API_URL: standin.apiUrl,
    COOLDOWN_SECONDS: '0',
    STATE_DB: path.join(stateDir, 'state.sqlite'),
    LOG_LEVEL: 'warn',
    ...(spec.shards > 1 ? { SHARDS: String(spec.shards) } : {}),
  });
  try {
    // ShardingManager starts shards 5.5 s apart; each identifies once its process is up.
    await standin.frames.waitCount((f) => f.op === GatewayOpcodes.Identify, spec.shards, { timeoutMs: 120_000 });
    // The first /ask in each server loads that process's model and index: not timed.
    for (const world of standin.worlds) await ask(standin, world, spec.questions[0]!, 180_000);
    const runs: ScaleRun[] = [];
    for (const concurrency of spec.concurrency) {
      const times: number[] = [];
      let failed = 0;
      let expired = 0;
      for (let b = 0; b < spec.bursts; b++) {
        const sent = Array.from({ length: concurrency }, (_, i) => {
          const world = standin.worlds[i % standin.worlds.length]!;
          return ask(standin, world, spec.questions[(b * concurrency + i) % spec.questions.length]!, 300_000);
        });
        for (const r of await Promise.all(sent)) {
          if (r.kind === 'expired') expired++;
          else times.push(r.ms);
          if (r.kind === 'not-answered') failed++;
        }
      }
      const answered = summarize(times);
      say(
        `  scale: ${spec.backend}, ${spec.shards} shard(s), ${concurrency} concurrent /ask: p50 ${answered.median.toFixed(0)} ms, p95 ${answered.p95.toFixed(0)} ms, ${expired} expired unacknowledged`,
      );
      runs.push({ backend: spec.backend, shards: spec.shards, concurrency, sent: concurrency * spec.bursts, answered, failed, expired });
    }
    const supervisor = spec.shards > 1 ? bot.child.pid! : null;
    const botPids = supervisor === null ? [bot.child.pid!] : childrenOf(supervisor);
    const processes = botPids.flatMap((pid) => memoryOf(pid) ?? []);
    return {
      runs,
      memory: {
        backend: spec.backend,
        shards: spec.shards,
        processes,
        supervisorMiB: supervisor === null ? null : (memoryOf(supervisor)?.rssMiB ?? null),
      },
    };
  } finally {
    await bot.stop();
    await standin.close();
    rmSync(stateDir, { recursive: true, force: true });
  }
}
