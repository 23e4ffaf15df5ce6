import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/discord/commands/index.js';
import { GatewayOpcodes, STANDIN_TOKEN, startStandin, type DiscordStandin } from '../../src/testing/discord-standin/index.js';
import { npmScript } from '../support/compiled.js';

/**
 * The two entry points as a user runs them (`npm run deploy-commands`, `npm start`): the
 * compiled program in a child process, in an empty directory so no developer `.env` leaks in,
 * pointed at the stand-in.
 */

let standin: DiscordStandin;
let cwd: string;
beforeAll(async () => {
  standin = await startStandin();
  cwd = await mkdtemp(path.join(tmpdir(), 'citebot-process-'));
});
afterAll(async () => {
  await standin?.close();
  if (cwd) await rm(cwd, { recursive: true, force: true });
});

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    DISCORD_TOKEN: STANDIN_TOKEN,
    DISCORD_APP_ID: standin.world.appId,
    DISCORD_API_URL: standin.apiUrl,
    ...extra,
  };
}

/** Starts the command of an npm script; `out` fills as the child writes, `exit` resolves with its code. */
function start(script: string, vars: NodeJS.ProcessEnv) {
  const { command, args } = npmScript(script);
  const child = spawn(command, args, { cwd, env: vars, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out, exit };
}

async function run(script: string, vars: NodeJS.ProcessEnv) {
  const { out, exit } = start(script, vars);
  return { code: await exit, ...out };
}

describe('npm run deploy-commands', () => {
  it('registers every command on the guild route when DISCORD_GUILD_ID is set', async () => {
    const from = standin.requests.mark;
    const { code, stdout, stderr } = await run('deploy-commands', env({ DISCORD_GUILD_ID: standin.world.guildId }));
    expect(stderr.replace(/npm warn.*\n/g, '')).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Registered 6 commands \(\/ask, \/sources, \/digest, \/gaps, \/settings, \/corpus\) for server \d+/);
    const [put, ...others] = standin.requests.items.slice(from);
    expect(others).toEqual([]);
    expect(put).toMatchObject({
      method: 'PUT',
      path: `/applications/${standin.world.appId}/guilds/${standin.world.guildId}/commands`,
      authorized: true,
      status: 200,
    });
    expect(put!.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions())));
  });

  it('registers globally without a guild id', async () => {
    const from = standin.requests.mark;
    const { code } = await run('deploy-commands', env({}));
    expect(code).toBe(0);
    expect(standin.requests.items.slice(from).map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /applications/${standin.world.appId}/commands`,
    ]);
  });
});

describe('npm start', () => {
  it('exits 1 with a message naming the bad key, and no stack trace', async () => {
    const { code, stderr } = await run('start', env({ DISCORD_APP_ID: 'not-a-number' }));
    expect(code).toBe(1);
    expect(stderr).toMatch(/citebot: Configuration key DISCORD_APP_ID is invalid/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('connects to the gateway, and shuts down cleanly on SIGTERM without logging the token', async () => {
    const from = standin.frames.mark;
    const bot = start('start', env({ LOG_LEVEL: 'info' }));
    await standin.frames.wait((f) => f.op === GatewayOpcodes.Identify, { from, timeoutMs: 30_000 });
    await waitFor(() => bot.out.stderr.includes('connected to Discord'), 15_000);
    bot.child.kill('SIGTERM');
    expect(await bot.exit).toBe(0);
    expect(bot.out.stderr).toContain('shutting down');
    expect(bot.out.stderr).not.toContain(STANDIN_TOKEN);
  });
});

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
