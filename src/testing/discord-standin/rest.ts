import { commandProblems, type CommandShape } from './commands.js';
import {
  ChannelType,
  GatewayDispatchEvents,
  InteractionResponseType,
  MessageType,
  type APIChannel,
  type APIMessage,
  type APIThreadChannel,
} from 'discord-api-types/v10';
import { error, type RecordedRequest, type Reply } from './http.js';
import { choiceProblems, LIMITS, messageProblems } from './validate.js';
import { snowflake, threadChannel, type World } from './world.js';

/** What the REST side knows: channels, messages, interactions, registered commands. */
export interface StandinState {
  world: World;
  /** Shards `/gateway/bot` recommends. */
  shards: number;
  token: string;
  gatewayUrl: string;
  channels: Map<string, APIChannel>;
  messages: Map<string, APIMessage[]>;
  interactions: Map<string, StandinInteraction>;
  commands: Map<string, unknown[]>;
  /** Members whose direct messages are closed to the bot (Discord answers 50007). */
  closedDms: Set<string>;
  /** Milliseconds after dispatch within which the first response must arrive (Discord: 3 s). */
  callbackDeadlineMs: number;
  /** Sends a dispatch on the gateway (real Discord tells the bot about the threads it creates). */
  emit: (t: GatewayDispatchEvents, d: unknown) => void;
}

/** An interaction the stand-in dispatched: its token, where it happened, and how it was answered. */
export interface StandinInteraction {
  token: string;
  channelId: string;
  acknowledged: boolean;
  /** `performance.now()` at dispatch: Discord refuses a first response after 3 s. */
  createdAt: number;
  /** The message a button was clicked on (component interactions); `@original` until the bot replies anew. */
  original?: APIMessage;
}

/** Discord's deadline for the first response to any interaction (command, autocomplete, button). */
export const CALLBACK_DEADLINE_MS = 3000;

type Request = Omit<RecordedRequest, 'status'>;
type Route = [method: string, pattern: RegExp, handler: (s: StandinState, r: Request, p: string[]) => Reply, auth: boolean];

const unknownChannel = error(404, 10003, 'Unknown Channel');
const unknownMessage = error(404, 10008, 'Unknown Message');
const unknownWebhook = error(404, 10015, 'Unknown Webhook');

/** The guild a channel belongs to (with several servers, one per shard, not always the first). */
function guildOf(s: StandinState, channelId: string): string {
  const channel = s.channels.get(channelId) as { guild_id?: string } | undefined;
  return channel?.guild_id ?? s.world.guildId;
}

function invalid(problems: string[]): Reply | undefined {
  return problems.length > 0 ? error(400, 50035, 'Invalid Form Body', { problems }) : undefined;
}

/** A message by the bot, stored under its channel. */
function createMessage(s: StandinState, channelId: string, body: Record<string, unknown>, extra: Partial<APIMessage> = {}): APIMessage {
  const reference = body.message_reference as { message_id: string } | undefined;
  const message: APIMessage = {
    id: snowflake(),
    channel_id: channelId,
    author: s.world.bot,
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: (body.embeds as APIMessage['embeds'] | undefined) ?? [],
    ...(Array.isArray(body.components) ? { components: body.components as APIMessage['components'] } : {}),
    pinned: false,
    type: reference ? MessageType.Reply : MessageType.Default,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    ...(reference
      ? { message_reference: { message_id: reference.message_id, channel_id: channelId, guild_id: guildOf(s, channelId) } }
      : {}),
    ...extra,
  };
  store(s, message);
  return message;
}

export function store(s: StandinState, message: APIMessage): void {
  s.messages.set(message.channel_id, [...(s.messages.get(message.channel_id) ?? []), message]);
}

/** Applies an edit (content, components) to a stored message and returns the new version. */
function edit(s: StandinState, message: APIMessage, body: Partial<APIMessage>): APIMessage {
  const updated: APIMessage = {
    ...message,
    ...(body.content !== undefined ? { content: body.content } : {}),
    ...(body.components !== undefined ? { components: body.components } : {}),
    edited_timestamp: new Date().toISOString(),
  };
  const list = s.messages.get(message.channel_id) ?? [];
  s.messages.set(
    message.channel_id,
    list.map((m) => (m.id === message.id ? updated : m)),
  );
  return updated;
}

function interactionByToken(s: StandinState, appId: string, token: string) {
  return appId === s.world.appId ? [...s.interactions.values()].find((i) => i.token === token) : undefined;
}

function startThread(s: StandinState, parentId: string, id: string, body: { name?: string }): Reply {
  const parent = s.channels.get(parentId);
  if (!parent || (parent.type !== ChannelType.GuildText && parent.type !== ChannelType.GuildAnnouncement)) return unknownChannel;
  const name = body.name ?? '';
  if (name.length < 1 || name.length > LIMITS.threadName)
    return invalid([`thread name of ${name.length} characters (1-${LIMITS.threadName})`])!;
  if (s.channels.has(id)) return error(400, 160004, 'A thread has already been created for this message');
  const thread: APIThreadChannel = threadChannel(guildOf(s, parentId), parentId, id, name, s.world.bot.id);
  s.channels.set(id, thread);
  s.emit(GatewayDispatchEvents.ThreadCreate, { ...thread, newly_created: true });
  return { status: 201, body: thread };
}

const ROUTES: Route[] = [
  [
    'GET',
    /^\/gateway\/bot$/,
    (s) => ({
      status: 200,
      body: {
        url: s.gatewayUrl,
        shards: s.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      },
    }),
    true,
  ],
  ['GET', /^\/users\/@me$/, (s) => ({ status: 200, body: s.world.bot }), true],
  [
    'POST',
    /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
    (s, r, [id, token]) => {
      const interaction = s.interactions.get(id!);
      if (!interaction || interaction.token !== token) return error(404, 10062, 'Unknown interaction');
      if (interaction.acknowledged) return error(400, 40060, 'Interaction has already been acknowledged.');
      if (r.at - interaction.createdAt > s.callbackDeadlineMs) return error(404, 10062, 'Unknown interaction');
      const { type, data } = (r.body ?? {}) as { type: InteractionResponseType; data?: Record<string, unknown> };
      const isUpdate = type === InteractionResponseType.DeferredMessageUpdate || type === InteractionResponseType.UpdateMessage;
      if (isUpdate && !interaction.original) return error(400, 40004, 'Interaction is not on a message: nothing to update');
      const problem =
        type === InteractionResponseType.ApplicationCommandAutocompleteResult
          ? invalid(choiceProblems(data))
          : type === InteractionResponseType.ChannelMessageWithSource
            ? invalid(messageProblems(data))
            : type === InteractionResponseType.UpdateMessage
              ? invalid(messageProblems(data, { edit: true }))
              : undefined;
      if (problem) return problem;
      interaction.acknowledged = true;
      if (type === InteractionResponseType.UpdateMessage) interaction.original = edit(s, interaction.original!, data ?? {});
      if (type === InteractionResponseType.ChannelMessageWithSource || type === InteractionResponseType.DeferredChannelMessageWithSource) {
        interaction.original = createMessage(
          s,
          interaction.channelId,
          type === InteractionResponseType.DeferredChannelMessageWithSource ? { flags: data?.flags } : (data ?? {}),
          { webhook_id: s.world.appId, application_id: s.world.appId },
        );
      }
      if (r.query.with_response !== 'true') return { status: 204 };
      return {
        status: 200,
        body: {
          interaction: { id, type: 2, response_message_id: interaction.original?.id },
          resource: { type, message: interaction.original },
        },
      };
    },
    false,
  ],
  [
    'GET',
    /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
    (s, _r, [appId, token]) => {
      const original = interactionByToken(s, appId!, token!)?.original;
      return original ? { status: 200, body: original } : unknownMessage;
    },
    false,
  ],
  [
    'PATCH',
    /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
    (s, r, [appId, token]) => {
      const interaction = interactionByToken(s, appId!, token!);
      if (!interaction?.original) return unknownWebhook;
      const problem = invalid(messageProblems(r.body, { edit: true }));
      if (problem) return problem;
      interaction.original = edit(s, interaction.original, (r.body ?? {}) as Partial<APIMessage>);
      return { status: 200, body: interaction.original };
    },
    false,
  ],
  [
    'POST',
    /^\/webhooks\/(\d+)\/([^/]+)$/,
    (s, r, [appId, token]) => {
      const interaction = interactionByToken(s, appId!, token!);
      if (!interaction?.acknowledged) return unknownWebhook;
      const problem = invalid(messageProblems(r.body));
      if (problem) return problem;
      return {
        status: 200,
        body: createMessage(s, interaction.channelId, (r.body ?? {}) as Record<string, unknown>, {
          webhook_id: appId,
          application_id: appId,
        }),
      };
    },
    false,
  ],
  [
    'POST',
    /^\/users\/@me\/channels$/,
    (s, r) => {
      const recipient = Object.values(s.world.users).find((u) => u.id === (r.body as { recipient_id?: string } | undefined)?.recipient_id);
      if (!recipient) return error(400, 50035, 'Invalid Form Body');
      const dm = { id: `${BigInt(recipient.id) + 1n}`, type: ChannelType.DM, recipients: [recipient], last_message_id: null } as APIChannel;
      s.channels.set(dm.id, dm);
      return { status: 200, body: dm };
    },
    true,
  ],
  [
    'POST',
    /^\/channels\/(\d+)\/messages$/,
    (s, r, [channelId]) => {
      const channel = s.channels.get(channelId!);
      if (!channel) return unknownChannel;
      if (channel.type === ChannelType.DM && channel.recipients?.some((u) => s.closedDms.has(u.id)))
        return error(403, 50007, 'Cannot send messages to this user');
      const problem = invalid(messageProblems(r.body));
      return problem ?? { status: 200, body: createMessage(s, channelId!, (r.body ?? {}) as Record<string, unknown>) };
    },
    true,
  ],
  [
    'GET',
    /^\/channels\/(\d+)\/messages\/(\d+)$/,
    (s, _r, [channelId, id]) => {
      const message = s.messages.get(channelId!)?.find((m) => m.id === id);
      return message ? { status: 200, body: message } : unknownMessage;
    },
    true,
  ],
  [
    'GET',
    /^\/channels\/(\d+)\/messages$/,
    (s, r, [channelId]) => {
      const limit = Number(r.query.limit ?? 50);
      return { status: 200, body: [...(s.messages.get(channelId!) ?? [])].reverse().slice(0, limit) };
    },
    true,
  ],
  ['POST', /^\/channels\/(\d+)\/typing$/, (s, _r, [channelId]) => (s.channels.has(channelId!) ? { status: 204 } : unknownChannel), true],
  [
    'POST',
    /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/,
    (s, r, [channelId, messageId]) => startThread(s, channelId!, messageId!, (r.body ?? {}) as { name?: string }),
    true,
  ],
  [
    'POST',
    /^\/channels\/(\d+)\/threads$/,
    (s, r, [channelId]) => startThread(s, channelId!, snowflake(), (r.body ?? {}) as { name?: string }),
    true,
  ],
  [
    'GET',
    /^\/channels\/(\d+)$/,
    (s, _r, [channelId]) => {
      const channel = s.channels.get(channelId!);
      return channel ? { status: 200, body: channel } : unknownChannel;
    },
    true,
  ],
  ['PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (s, r, [appId, guildId]) => putCommands(s, r, appId!, guildId!), true],
  ['PUT', /^\/applications\/(\d+)\/commands$/, (s, r, [appId]) => putCommands(s, r, appId!, undefined), true],
];

function putCommands(s: StandinState, r: Request, appId: string, guildId: string | undefined): Reply {
  if (appId !== s.world.appId) return error(403, 50001, 'Missing Access');
  const list = Array.isArray(r.body) ? (r.body as CommandShape[]) : [];
  const problems = list.flatMap((c, i) => commandProblems(c).map((p) => `command ${i}: ${p}`));
  if (problems.length > 0 || list.length > 100) return invalid(problems.length > 0 ? problems : ['too many commands'])!;
  const saved = list.map((c) => ({
    ...c,
    id: snowflake(),
    application_id: appId,
    version: snowflake(),
    ...(guildId ? { guild_id: guildId } : {}),
  }));
  s.commands.set(guildId ?? 'global', saved);
  return { status: 200, body: saved };
}

/** Answers one request like Discord would (routing, auth, validation). */
export function route(s: StandinState, r: Request): Reply {
  for (const [method, pattern, handler, auth] of ROUTES) {
    const match = pattern.exec(r.path);
    if (!match || method !== r.method) continue;
    if (auth && !r.authorized) return error(401, 0, '401: Unauthorized');
    return handler(s, r, match.slice(1));
  }
  return error(404, 0, '404: Not Found');
}
