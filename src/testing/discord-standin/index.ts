import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import {
  GatewayDispatchEvents,
  GatewayOpcodes,
  type APIAttachment,
  type APIChannel,
  type APIInteraction,
  type APIMessage,
  type APIThreadChannel,
} from 'discord-api-types/v10';
import { StandinGateway, type GatewayFrame } from './gateway.js';
import { error, readRequest, send, type RecordedRequest, type Reply } from './http.js';
import { Recorder } from './recorder.js';
import { CALLBACK_DEADLINE_MS, route, store, type StandinState } from './rest.js';
import { createWorld, guildIdOnShard, shardOf, snowflake, type World } from './world.js';

export type { GatewayFrame } from './gateway.js';
export type { RecordedRequest } from './http.js';
export type { World } from './world.js';
export { threadChannel } from './world.js';

/**
 * A stand-in for Discord on 127.0.0.1: enough of API v10 (REST and gateway) for discord.js 14.
 * It records every call, enforces Discord's message limits, and can inject faults.
 */

/** Obviously fake, matches the config's token shape, and no secret scanner's Discord pattern. */
export const STANDIN_TOKEN = 'test-token-not-real-000000.abcd.standin-only-not-a-secret-000';

/** Answer the next request matching `method`/`path` with a 429 or a 500, once. */
export interface Fault {
  method?: string;
  path: RegExp;
  status: 429 | 500;
  /** Seconds, for 429 (`Retry-After` header and `retry_after` body). */
  retryAfter?: number;
}

export interface DiscordStandin {
  readonly world: World;
  /** One server per shard (the first is `world`), all with the same bot: `/gateway/bot` recommends that many shards. */
  readonly worlds: readonly World[];
  /** For `DISCORD_API_URL` / `rest.api`: `http://127.0.0.1:PORT/api`. */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly requests: Recorder<RecordedRequest>;
  /** Frames the bot sent on the gateway. */
  readonly frames: Recorder<GatewayFrame>;
  /** Sends a gateway dispatch; returns its sequence number and `performance.now()` at sending. */
  dispatch(t: GatewayDispatchEvents, d: unknown): { seq: number; at: number };
  /** INTERACTION_CREATE, with the interaction registered so its callback and webhook routes work. */
  interact(interaction: APIInteraction): { at: number };
  /** MESSAGE_CREATE of a member's message (also stored, so it can be fetched and threaded). */
  postMessage(message: APIMessage & { guild_id?: string }): { at: number };
  /** Stores a message without delivering it (sent while the bot was offline). */
  seedMessage(message: APIMessage): void;
  /** A thread someone else started: stored and announced with THREAD_CREATE. */
  openThread(thread: APIThreadChannel): void;
  /**
   * Serves `bytes` as an uploaded file at a CDN-like URL on the stand-in (no auth, like Discord's
   * CDN) and returns the attachment object an interaction carries; `delayMs` holds the response back.
   */
  upload(filename: string, bytes: Buffer | string, options?: { contentType?: string; delayMs?: number }): APIAttachment;
  /** The member no longer accepts direct messages from the bot. */
  closeDirectMessages(userId: string): void;
  /** How often each uploaded file was downloaded, by attachment id. */
  readonly downloads: Map<string, number>;
  dropConnection(code?: number): void;
  failNext(fault: Fault): void;
  /** Messages in a channel (the bot's and dispatched ones), oldest first. */
  messagesIn(channelId: string): APIMessage[];
  channel(id: string): APIChannel | undefined;
  close(): Promise<void>;
}

export async function startStandin({
  heartbeatIntervalMs = 1000,
  callbackDeadlineMs = CALLBACK_DEADLINE_MS,
  shards = 1,
} = {}): Promise<DiscordStandin> {
  const world = createWorld();
  const app = { appId: world.appId, bot: world.bot };
  // A server on every other shard, so that each shard has a guild of its own.
  const worlds = [world];
  for (let shard = 0; shard < shards; shard++) {
    if (shard !== shardOf(world.guildId, shards)) worlds.push(createWorld({ app, guildId: guildIdOnShard(shard, shards) }));
  }
  const faults: Fault[] = [];
  const requests = new Recorder<RecordedRequest>((r) => `${r.method} ${r.path} → ${r.status}`);
  const server = createServer();
  const state: StandinState = {
    world,
    shards,
    token: STANDIN_TOKEN,
    gatewayUrl: '',
    channels: new Map<string, APIChannel>(worlds.flatMap((w) => [...Object.values(w.channels), w.forum, w.thread]).map((c) => [c.id, c])),
    messages: new Map(),
    interactions: new Map(),
    commands: new Map(),
    callbackDeadlineMs,
    closedDms: new Set<string>(),
    emit: () => undefined, // wired to the gateway once the port is known
  };

  const uploads = new Map<string, { bytes: Buffer; contentType: string; delayMs: number }>();
  const downloads = new Map<string, number>();
  server.on('request', (req, res) => {
    const file = /^\/attachments\/\d+\/(\d+)\//.exec(req.url ?? '')?.[1];
    if (file !== undefined) {
      const upload = uploads.get(file);
      downloads.set(file, (downloads.get(file) ?? 0) + 1);
      if (!upload) return void res.writeHead(404).end();
      const timer = setTimeout(() => res.writeHead(200, { 'content-type': upload.contentType }).end(upload.bytes), upload.delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    readRequest(req, STANDIN_TOKEN).then(
      (r) => {
        const index = faults.findIndex((f) => (!f.method || f.method === r.method) && f.path.test(r.path));
        const reply = index >= 0 ? faultReply(faults.splice(index, 1)[0]!) : route(state, r);
        requests.push({ ...r, status: reply.status });
        send(res, reply);
      },
      (e: unknown) => send(res, error(400, 50109, `The request body contains invalid JSON. (${String(e)})`)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.gatewayUrl = `ws://127.0.0.1:${port}`;
  const live = new StandinGateway(server, { worlds, token: STANDIN_TOKEN, url: () => state.gatewayUrl, heartbeatIntervalMs });
  state.emit = (t, d) => void live.dispatch(t, d);

  return {
    world,
    worlds,
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl: state.gatewayUrl,
    requests,
    frames: live.frames,
    dispatch: (t, d) => live.dispatch(t, d),
    interact(interaction) {
      const clicked = 'message' in interaction ? interaction.message : undefined;
      const entry = {
        token: interaction.token,
        channelId: interaction.channel?.id ?? world.channels.general.id,
        acknowledged: false,
        createdAt: performance.now(),
        ...(clicked ? { original: state.messages.get(clicked.channel_id)?.find((m) => m.id === clicked.id) ?? clicked } : {}),
      };
      state.interactions.set(interaction.id, entry);
      const sent = live.dispatch(GatewayDispatchEvents.InteractionCreate, interaction);
      entry.createdAt = sent.at;
      return sent;
    },
    postMessage(message) {
      store(state, message);
      return live.dispatch(GatewayDispatchEvents.MessageCreate, message);
    },
    seedMessage: (message) => store(state, message),
    openThread(thread) {
      state.channels.set(thread.id, thread);
      live.dispatch(GatewayDispatchEvents.ThreadCreate, { ...thread, newly_created: true });
    },
    upload(filename, bytes, { contentType = 'text/plain; charset=utf-8', delayMs = 0 } = {}) {
      const id = snowflake();
      const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8');
      uploads.set(id, { bytes: data, contentType, delayMs });
      const url = `http://127.0.0.1:${port}/attachments/${world.channels.general.id}/${id}/${encodeURIComponent(filename)}`;
      return { id, filename, size: data.length, url, proxy_url: url, content_type: contentType };
    },
    downloads,
    closeDirectMessages: (userId) => void state.closedDms.add(userId),
    dropConnection: (code) => live.drop(code),
    failNext: (fault) => void faults.push(fault),
    messagesIn: (channelId) => [...(state.messages.get(channelId) ?? [])],
    channel: (id) => state.channels.get(id),
    async close() {
      await live.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function faultReply(fault: Fault): Reply {
  if (fault.status === 500) return error(500, 0, '500: Internal Server Error');
  const retryAfter = fault.retryAfter ?? 0.2;
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
    headers: {
      'retry-after': String(retryAfter),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(retryAfter),
      'x-ratelimit-bucket': 'standin-bucket',
      'x-ratelimit-scope': 'user',
    },
  };
}

/** Gateway opcodes, re-exported for assertions on `frames`. */
export { GatewayOpcodes };
