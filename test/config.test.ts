import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBotConfig, loadConfig } from '../src/config.js';

const cwd = path.resolve('/srv/citebot');
const TOKEN = `${'M'.repeat(24)}.Gabcde.${'x'.repeat(27)}`;
const APP_ID = '123456789012345678';

/** The error `load` throws, or undefined when the settings parse. */
function failure(load: () => unknown): { code: string; message: string; hint: string } | undefined {
  try {
    load();
    return undefined;
  } catch (error) {
    return error as { code: string; message: string; hint: string };
  }
}

describe('loadConfig', () => {
  it('gives working defaults on an empty environment, with paths resolved against cwd', () => {
    expect(loadConfig({}, cwd)).toEqual({
      corpusPath: path.join(cwd, 'corpus'),
      indexDir: path.join(cwd, 'data/index'),
      embedder: 'auto',
      transformersModel: 'Xenova/all-MiniLM-L6-v2',
      modelsDir: path.join(cwd, 'models'),
      allowRemoteModels: true,
      topK: 5,
      logLevel: 'info',
      stateDb: path.join(cwd, 'data/citebot.sqlite'),
      translation: { engine: 'auto', command: 'apertium', dataDir: '/usr/share/apertium', apyUrl: undefined, timeoutMs: 5000 },
      search: { backend: 'local' },
      noColor: false,
    });
  });

  it('reads the postgres backend with its URL, and refuses it without one, naming DATABASE_URL', () => {
    const url = 'postgres://citebot:secret@db:5432/citebot';
    expect(loadConfig({ SEARCH_BACKEND: 'postgres', DATABASE_URL: url }, cwd).search).toEqual({ backend: 'postgres', databaseUrl: url });
    expect(failure(() => loadConfig({ SEARCH_BACKEND: 'postgres' }, cwd))?.message).toMatch(/DATABASE_URL/);
    expect(failure(() => loadConfig({ SEARCH_BACKEND: 'postgres', DATABASE_URL: 'mysql://x' }, cwd))?.message).toMatch(/DATABASE_URL/);
  });

  it('reads every key', () => {
    const config = loadConfig(
      {
        CORPUS_PATH: '/data/articles',
        INDEX_DIR: 'idx',
        EMBEDDER: 'use-lite',
        TRANSFORMERS_MODEL: 'Xenova/bge-small-en-v1.5',
        MODELS_DIR: '../models',
        ALLOW_REMOTE_MODELS: 'false',
        TOP_K: '12',
        LOG_LEVEL: 'debug',
        STATE_DB: '/var/lib/citebot/state.sqlite',
        TRANSLATOR: 'apy',
        APERTIUM_COMMAND: '/opt/apertium/bin/apertium',
        APERTIUM_DATA_DIR: '/opt/apertium/share/apertium',
        APERTIUM_APY_URL: 'http://127.0.0.1:2737',
        TRANSLATE_TIMEOUT_MS: '1500',
        SEARCH_BACKEND: 'postgres',
        DATABASE_URL: 'postgresql://db/citebot',
        NO_COLOR: '1',
      },
      cwd,
    );
    expect(config).toEqual({
      corpusPath: '/data/articles',
      indexDir: path.join(cwd, 'idx'),
      embedder: 'use-lite',
      transformersModel: 'Xenova/bge-small-en-v1.5',
      modelsDir: path.resolve(cwd, '../models'),
      allowRemoteModels: false,
      topK: 12,
      logLevel: 'debug',
      stateDb: '/var/lib/citebot/state.sqlite',
      translation: {
        engine: 'apy',
        command: '/opt/apertium/bin/apertium',
        dataDir: '/opt/apertium/share/apertium',
        apyUrl: 'http://127.0.0.1:2737',
        timeoutMs: 1500,
      },
      search: { backend: 'postgres', databaseUrl: 'postgresql://db/citebot' },
      noColor: true,
    });
  });

  it('refuses TRANSLATOR=apy without the server address, naming APERTIUM_APY_URL', () => {
    expect(() => loadConfig({ TRANSLATOR: 'apy' }, cwd)).toThrow(/APERTIUM_APY_URL/);
  });

  it('accepts every embedder choice', () => {
    for (const embedder of ['auto', 'transformers', 'use-lite'] as const)
      expect(loadConfig({ EMBEDDER: embedder }, cwd).embedder).toBe(embedder);
  });

  it('reads true/false, 1/0 and yes/no as booleans', () => {
    const allow = (value: string) => loadConfig({ ALLOW_REMOTE_MODELS: value }, cwd).allowRemoteModels;
    expect(['true', '1', 'yes'].map(allow)).toEqual([true, true, true]);
    expect(['false', '0', 'no'].map(allow)).toEqual([false, false, false]);
  });

  it('treats empty and blank values as not set, so defaults apply', () => {
    expect(loadConfig({ TOP_K: '', EMBEDDER: '  ', INDEX_DIR: undefined }, cwd)).toEqual(loadConfig({}, cwd));
  });

  it('refuses a bad value with CONFIG_INVALID naming the key and pointing at .env', () => {
    const cases: Record<string, string> = {
      EMBEDDER: 'openai',
      ALLOW_REMOTE_MODELS: 'maybe',
      TOP_K: '21',
      LOG_LEVEL: 'loud',
    };
    for (const [key, value] of Object.entries(cases)) {
      const error = failure(() => loadConfig({ [key]: value }, cwd));
      expect(error).toMatchObject({
        code: 'CONFIG_INVALID',
        message: expect.stringContaining(`key ${key} is invalid`),
        hint: expect.stringContaining(`Set ${key} in .env`),
      });
    }
    expect(failure(() => loadConfig({ TOP_K: '2.5' }, cwd))).toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('TOP_K'),
    });
    expect(failure(() => loadConfig({ TOP_K: '0' }, cwd))).toMatchObject({ code: 'CONFIG_INVALID' });
  });

  it('takes numbers only in decimal digits: TOP_K=0x10 is refused, not read as 16', () => {
    for (const value of ['0x10', '1e1', '0b11', 'Infinity']) {
      expect(failure(() => loadConfig({ TOP_K: value }, cwd))).toMatchObject({
        code: 'CONFIG_INVALID',
        message: 'Configuration key TOP_K is invalid: must be a decimal integer.',
      });
    }
    expect(loadConfig({ TOP_K: ' 16 ' }, cwd).topK).toBe(16);
    const bot = { DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID };
    expect(failure(() => loadBotConfig({ ...bot, COOLDOWN_SECONDS: '0x10' }, cwd))).toMatchObject({ code: 'CONFIG_INVALID' });
    expect(loadBotConfig({ ...bot, COOLDOWN_SECONDS: '2.5' }, cwd).discord.cooldownSeconds).toBe(2.5);
  });

  it('does not need the Discord keys', () => {
    expect(() => loadConfig({}, cwd)).not.toThrow();
  });
});

describe('loadBotConfig', () => {
  it('reads SHARDS as auto or a count, one process when unset, and refuses anything else', () => {
    const bot = { DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID };
    expect(loadBotConfig(bot, cwd).discord.shards).toBeUndefined();
    expect(loadBotConfig({ ...bot, SHARDS: 'auto' }, cwd).discord.shards).toBe('auto');
    expect(loadBotConfig({ ...bot, SHARDS: '4' }, cwd).discord.shards).toBe(4);
    expect(failure(() => loadBotConfig({ ...bot, SHARDS: '0' }, cwd))?.message).toMatch(/SHARDS/);
  });

  it('in a shard process started by the ShardingManager, reads its shard ids and count instead', () => {
    const child = { DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID, SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' };
    expect(loadBotConfig(child, cwd).discord).toMatchObject({ shards: undefined, shard: { ids: [1], count: 2 } });
    expect(loadBotConfig({ ...child, SHARDS: '[0,1]' }, cwd).discord.shard).toEqual({ ids: [0, 1], count: 2 });
  });

  it('reads the Discord keys on top of the base settings, with a 10 s cooldown by default', () => {
    const config = loadBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID, TOP_K: '3' }, cwd);
    expect(config.topK).toBe(3);
    expect(config.discord).toEqual({
      token: TOKEN,
      appId: APP_ID,
      guildId: undefined,
      apiUrl: undefined,
      cooldownSeconds: 10,
      messageContent: false,
    });
    expect(config.gapRetentionDays).toBe(90);
    expect(config.uploadMaxBytes).toBe(2 * 1024 * 1024);
  });

  it('reads the retention period, the upload limit and the Message Content switch', () => {
    const config = loadBotConfig(
      { DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID, GAP_RETENTION_DAYS: '30', UPLOAD_MAX_KB: '64', DISCORD_MESSAGE_CONTENT: 'true' },
      cwd,
    );
    expect([config.gapRetentionDays, config.uploadMaxBytes, config.discord.messageContent]).toEqual([30, 65536, true]);
    expect(failure(() => loadBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID, GAP_RETENTION_DAYS: '0' }, cwd))?.message).toMatch(
      /GAP_RETENTION_DAYS/,
    );
  });

  it('reads the optional guild, API URL and cooldown', () => {
    const config = loadBotConfig(
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_APP_ID: APP_ID,
        DISCORD_GUILD_ID: '987654321098765432',
        DISCORD_API_URL: 'http://127.0.0.1:9999/api',
        COOLDOWN_SECONDS: '0',
      },
      cwd,
    );
    expect(config.discord).toEqual({
      token: TOKEN,
      appId: APP_ID,
      guildId: '987654321098765432',
      apiUrl: 'http://127.0.0.1:9999/api',
      cooldownSeconds: 0,
      messageContent: false,
    });
  });

  it('requires the token and the application id, naming the missing key', () => {
    expect(failure(() => loadBotConfig({ DISCORD_APP_ID: APP_ID }, cwd))).toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('DISCORD_TOKEN'),
    });
    expect(failure(() => loadBotConfig({ DISCORD_TOKEN: TOKEN }, cwd))).toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('DISCORD_APP_ID'),
    });
  });

  it('refuses malformed Discord values without echoing them', () => {
    const badToken = failure(() => loadBotConfig({ DISCORD_TOKEN: 'secret-but-malformed', DISCORD_APP_ID: APP_ID }, cwd));
    expect(badToken).toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('DISCORD_TOKEN') });
    expect(badToken?.message).not.toContain('secret-but-malformed');
    for (const [key, value] of [
      ['DISCORD_APP_ID', 'my-app'],
      ['DISCORD_GUILD_ID', '12'],
      ['DISCORD_API_URL', 'not a url'],
      ['COOLDOWN_SECONDS', '-1'],
    ]) {
      const error = failure(() => loadBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID, [key!]: value }, cwd));
      expect(error).toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining(`key ${key} is invalid`) });
    }
  });
});
