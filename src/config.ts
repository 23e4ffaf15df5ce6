import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';
import { EMBEDDER_CHOICES, type EmbedderChoice } from './embed/types.js';
import { CitebotError } from './errors.js';

/**
 * The only reader of `process.env`. Every setting has a default that works on a fresh clone,
 * except the Discord keys, which only the bot needs (see {@link loadBotConfig}).
 */
const boolean = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * A number written in decimal digits, within bounds. z.coerce.number would also take "0x10"
 * (as 16), "1e1", "0b11" and "Infinity", which nobody means in a .env file.
 */
const decimal = (min: number, max: number, fraction = false) =>
  z
    .string()
    .trim()
    .regex(fraction ? /^\d+(\.\d+)?$/u : /^\d+$/u, fraction ? 'must be a decimal number' : 'must be a decimal integer')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

const baseSchema = z.object({
  CORPUS_PATH: z.string().min(1).default('corpus'),
  INDEX_DIR: z.string().min(1).default('data/index'),
  EMBEDDER: z.enum(EMBEDDER_CHOICES).default('auto'),
  TRANSFORMERS_MODEL: z.string().min(1).default('Xenova/all-MiniLM-L6-v2'),
  MODELS_DIR: z.string().min(1).default('models'),
  ALLOW_REMOTE_MODELS: boolean.default(true),
  TOP_K: decimal(1, 20).default(5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).optional(),
  TRANSLATOR: z.enum(['auto', 'apertium', 'apy', 'off']).default('auto'),
  APERTIUM_COMMAND: z.string().min(1).default('apertium'),
  APERTIUM_DATA_DIR: z.string().min(1).default('/usr/share/apertium'),
  APERTIUM_APY_URL: z.string().url().optional(),
  TRANSLATE_TIMEOUT_MS: decimal(100, 60000).default(5000),
  STATE_DB: z.string().min(1).default('data/citebot.sqlite'),
  SEARCH_BACKEND: z.enum(['local', 'postgres']).default('local'),
  /** https://no-color.org: any value turns bold and colour off in terminal output. */
  NO_COLOR: z.string().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//u, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
});

const botSchema = z.object({
  DISCORD_TOKEN: z.string().regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, 'does not look like a bot token (three dot-separated parts)'),
  DISCORD_APP_ID: z.string().regex(/^\d{15,25}$/, 'must be the numeric application id'),
  DISCORD_GUILD_ID: z
    .string()
    .regex(/^\d{15,25}$/, 'must be a numeric server id')
    .optional(),
  /** Only for tests and proxies: where discord.js sends REST calls. */
  DISCORD_API_URL: z.string().url().optional(),
  COOLDOWN_SECONDS: decimal(0, 3600, true).default(10),
  GAP_RETENTION_DAYS: decimal(1, 3650).default(90),
  UPLOAD_MAX_KB: decimal(1, 25_600).default(2048),
  /** Privileged: only needed for a help channel that is a text channel (forum posts carry their title). */
  DISCORD_MESSAGE_CONTENT: boolean.default(false),
  SHARDS: z.union([z.literal('auto'), decimal(1, 4096)]).optional(),
});

/** What discord.js's ShardingManager puts in the environment of each shard process it starts. */
const shardChildSchema = z.object({
  SHARDS: z
    .string()
    .regex(/^\[?\d+(,\d+)*\]?$/u, 'must be a shard id or a JSON list of them')
    .transform((v) => v.replace(/[[\]]/gu, '').split(',').map(Number)),
  SHARD_COUNT: decimal(1, 4096),
});

/** Settings shared by the CLI, the build and the bot. Paths are absolute. */
export interface Config {
  corpusPath: string;
  indexDir: string;
  embedder: EmbedderChoice;
  transformersModel: string;
  modelsDir: string;
  allowRemoteModels: boolean;
  topK: number;
  logLevel: z.infer<typeof baseSchema>['LOG_LEVEL'];
  /** Folder holding the external evaluation data sets (bbc-news/, realtimeqa/, reuters21578/); none by default. */
  dataDir: string | undefined;
  /** How questions in Spanish and Portuguese are read (see src/translate). */
  translation: {
    engine: 'auto' | 'apertium' | 'apy' | 'off';
    /** The `apertium` command, and its data folder holding `modes/`. */
    command: string;
    dataDir: string;
    /** apertium-apy's base URL; when set (and engine is not `apertium`), APy is used. */
    apyUrl: string | undefined;
    timeoutMs: number;
  };
  /** The bot's own state (settings, votes, declined questions): a SQLite file. */
  stateDb: string;
  /** Where passages are searched: the index files in `indexDir` (default) or a shared PostgreSQL database. */
  search: SearchConfig;
  /** `NO_COLOR` is set: terminal output holds no bold or colour, even on a terminal. */
  noColor: boolean;
}

/** The search backend and what it needs: `postgres` always has a connection URL (never logged: it may hold a password). */
export type SearchConfig = { backend: 'local' } | { backend: 'postgres'; databaseUrl: string };

/** Settings only the Discord bot needs. */
export interface BotConfig extends Config {
  discord: {
    token: string;
    appId: string;
    guildId: string | undefined;
    apiUrl: string | undefined;
    cooldownSeconds: number;
    /** Whether to ask for the privileged Message Content intent. */
    messageContent: boolean;
    /** `SHARDS`: run this many gateway shards (`auto`: as many as Discord recommends) under a ShardingManager; unset, one process. */
    shards: 'auto' | number | undefined;
    /** Set in a shard process started by the ShardingManager: the shard ids it runs, of how many. */
    shard: { ids: number[]; count: number } | undefined;
  };
  /** Declined questions are kept this many days for `/gaps`. */
  gapRetentionDays: number;
  /** Largest attachment `/corpus add` fetches, in bytes. */
  uploadMaxBytes: number;
}

type Env = Record<string, string | undefined>;

function readEnv(env: Env | undefined): Env {
  if (env) return env;
  dotenv.config({ quiet: true });
  return process.env;
}

function parse<T extends z.ZodType>(schema: T, env: Env): z.infer<T> {
  // Empty strings in .env mean "not set", so defaults apply.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const key = String(issue.path[0] ?? 'environment');
  throw new CitebotError('CONFIG_INVALID', `Configuration key ${key} is invalid: ${issue.message}.`, {
    hint: `Set ${key} in .env (see .env.example for every key and its meaning).`,
  });
}

/** Parses the environment (and `.env` when `env` is omitted). Throws CONFIG_INVALID naming the key. */
export function loadConfig(env?: Env, cwd: string = process.cwd()): Config {
  const e = parse(baseSchema, readEnv(env));
  return {
    corpusPath: path.resolve(cwd, e.CORPUS_PATH),
    indexDir: path.resolve(cwd, e.INDEX_DIR),
    embedder: e.EMBEDDER,
    transformersModel: e.TRANSFORMERS_MODEL,
    modelsDir: path.resolve(cwd, e.MODELS_DIR),
    allowRemoteModels: e.ALLOW_REMOTE_MODELS,
    topK: e.TOP_K,
    logLevel: e.LOG_LEVEL,
    dataDir: e.DATA_DIR === undefined ? undefined : path.resolve(cwd, e.DATA_DIR),
    translation: {
      engine: e.TRANSLATOR,
      command: e.APERTIUM_COMMAND,
      dataDir: e.APERTIUM_DATA_DIR,
      apyUrl: e.TRANSLATOR === 'apy' && e.APERTIUM_APY_URL === undefined ? missingApyUrl() : e.APERTIUM_APY_URL,
      timeoutMs: e.TRANSLATE_TIMEOUT_MS,
    },
    stateDb: path.resolve(cwd, e.STATE_DB),
    search: searchConfig(e.SEARCH_BACKEND, e.DATABASE_URL),
    noColor: e.NO_COLOR !== undefined,
  };
}

function missingApyUrl(): never {
  throw new CitebotError('CONFIG_INVALID', 'TRANSLATOR=apy needs APERTIUM_APY_URL.', {
    hint: 'Set APERTIUM_APY_URL to the apertium-apy server, e.g. http://127.0.0.1:2737',
  });
}

function searchConfig(backend: 'local' | 'postgres', databaseUrl: string | undefined): SearchConfig {
  if (backend === 'local') return { backend };
  if (databaseUrl === undefined) {
    throw new CitebotError('CONFIG_INVALID', 'Configuration key DATABASE_URL is missing: SEARCH_BACKEND=postgres needs it.', {
      hint: 'Set DATABASE_URL in .env (postgres://user:password@host:5432/database), or set SEARCH_BACKEND=local.',
    });
  }
  return { backend, databaseUrl };
}

/** Like {@link loadConfig}, and also requires the Discord keys. */
export function loadBotConfig(env?: Env, cwd: string = process.cwd()): BotConfig {
  const source = readEnv(env);
  const base = loadConfig(source, cwd);
  // In a shard process, SHARDS is discord.js's (the shard id), not the setting that asked for shards.
  const child = source.SHARDING_MANAGER === 'true' ? parse(shardChildSchema, source) : undefined;
  const d = parse(botSchema, child ? { ...source, SHARDS: undefined } : source);
  return {
    ...base,
    discord: {
      token: d.DISCORD_TOKEN,
      appId: d.DISCORD_APP_ID,
      guildId: d.DISCORD_GUILD_ID,
      apiUrl: d.DISCORD_API_URL,
      cooldownSeconds: d.COOLDOWN_SECONDS,
      messageContent: d.DISCORD_MESSAGE_CONTENT,
      shards: child ? undefined : d.SHARDS,
      shard: child ? { ids: child.SHARDS, count: child.SHARD_COUNT } : undefined,
    },
    gapRetentionDays: d.GAP_RETENTION_DAYS,
    uploadMaxBytes: d.UPLOAD_MAX_KB * 1024,
  };
}
