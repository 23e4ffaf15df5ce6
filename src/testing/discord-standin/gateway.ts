import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import { GatewayDispatchEvents, GatewayOpcodes } from 'discord-api-types/v10';
import { WebSocketServer, type WebSocket } from 'ws';
import { Recorder } from './recorder.js';
import { guildCreatePayload, readyPayload, shardOf, type World } from './world.js';

/** A frame the bot sent on the gateway (`d.token` redacted). */
export interface GatewayFrame {
  op: GatewayOpcodes;
  d: unknown;
  at: number;
}

interface Session {
  id: string;
  /** [shard id, shard count] from IDENTIFY. */
  shard: [number, number];
  seq: number;
  /** Every dispatch of the session, for replay on RESUME. */
  events: { op: 0; t: string; s: number; d: unknown }[];
  socket: WebSocket | null;
}

/**
 * The gateway in plain JSON (no zlib-sync is installed, so discord.js asks for no compression):
 * HELLO, IDENTIFY → READY + GUILD_CREATE, HEARTBEAT → ACK, RESUME → replay + RESUMED. Sharded
 * like Discord: IDENTIFY names `[shard, count]`, each session gets the guilds on its shard, and a
 * dispatch about a guild goes to that guild's shard.
 */
export class StandinGateway {
  readonly frames = new Recorder<GatewayFrame>((f) => `op ${f.op}`);
  readonly #wss: WebSocketServer;
  readonly #sessions = new Map<string, Session>();
  #current: Session | null = null;
  /** The live session of each shard id. */
  readonly #shards = new Map<number, Session>();

  constructor(
    server: Server,
    private readonly options: { worlds: readonly World[]; token: string; url: () => string; heartbeatIntervalMs: number },
  ) {
    this.#wss = new WebSocketServer({ server });
    this.#wss.on('connection', (socket) => this.#accept(socket));
  }

  /** Sends a dispatch to the bot (buffered while disconnected; replayed on RESUME). */
  dispatch(t: GatewayDispatchEvents, d: unknown): { seq: number; at: number } {
    return this.#send(this.#sessionFor(d), t, d);
  }

  /** The session of the shard a dispatch's guild lives on; the last one identified when there is one shard or no guild. */
  #sessionFor(d: unknown): Session | null {
    const guildId = (d as { guild_id?: unknown } | null)?.guild_id;
    const count = this.#current?.shard[1] ?? 1;
    if (typeof guildId !== 'string' || count === 1) return this.#current;
    return this.#shards.get(shardOf(guildId, count)) ?? null;
  }

  #send(session: Session | null, t: GatewayDispatchEvents, d: unknown): { seq: number; at: number } {
    if (!session) throw new Error('no gateway session: the bot has not identified');
    const event = { op: 0 as const, t, s: ++session.seq, d };
    session.events.push(event);
    const at = performance.now();
    const socket = session.socket;
    if (socket && socket.readyState === socket.OPEN) socket.send(JSON.stringify(event));
    return { seq: event.s, at };
  }

  /** Closes the bot's socket; with a resumable code (default 4000) discord.js sends RESUME. */
  drop(code = 4000): void {
    const socket = this.#current?.socket;
    if (!socket) throw new Error('no connected gateway socket to drop');
    this.#current!.socket = null;
    socket.close(code, 'stand-in dropped the connection');
  }

  async close(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #accept(socket: WebSocket): void {
    const send = (payload: unknown) => socket.send(JSON.stringify(payload));
    send({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { op: GatewayOpcodes; d: Record<string, unknown> | number | null };
      const d = frame.d && typeof frame.d === 'object' && 'token' in frame.d ? { ...frame.d, token: '[redacted]' } : frame.d;
      this.frames.push({ op: frame.op, d, at: performance.now() });
      const body = (frame.d ?? {}) as Record<string, unknown>;
      // A heartbeat carries the last sequence number received, or null before any (Discord closes with 4002 on a malformed payload).
      if (frame.op === GatewayOpcodes.Heartbeat) {
        if (frame.d !== null && !(typeof frame.d === 'number' && Number.isInteger(frame.d) && frame.d >= 0))
          return socket.close(4002, 'Decode error');
        send({ op: GatewayOpcodes.HeartbeatAck });
      } else if (frame.op === GatewayOpcodes.Identify) this.#identify(socket, body);
      else if (frame.op === GatewayOpcodes.Resume) this.#resume(socket, body);
    });
    socket.on('close', () => {
      for (const s of this.#sessions.values()) if (s.socket === socket) s.socket = null;
    });
  }

  #identify(socket: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.options.token) return socket.close(4004, 'Authentication failed');
    const [id, count] = Array.isArray(d.shard) ? (d.shard as [number, number]) : [0, 1];
    const session: Session = { id: randomUUID().replaceAll('-', ''), shard: [id, count], seq: 0, events: [], socket };
    this.#sessions.set(session.id, session);
    this.#shards.set(id, session);
    this.#current = session;
    const worlds = this.options.worlds.filter((w) => shardOf(w.guildId, count) === id);
    this.#send(session, GatewayDispatchEvents.Ready, readyPayload(worlds, session.id, this.options.url(), [id, count]));
    for (const world of worlds) this.#send(session, GatewayDispatchEvents.GuildCreate, guildCreatePayload(world));
  }

  #resume(socket: WebSocket, d: Record<string, unknown>): void {
    const session = this.#sessions.get(String(d.session_id));
    if (!session || d.token !== this.options.token) {
      socket.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false }));
      return;
    }
    session.socket = socket;
    this.#current = session;
    this.#shards.set(session.shard[0], session);
    for (const event of session.events) if (event.s > Number(d.seq)) socket.send(JSON.stringify(event));
    this.#send(session, GatewayDispatchEvents.Resumed, null);
  }
}
