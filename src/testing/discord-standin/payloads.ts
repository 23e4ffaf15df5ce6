import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandAutocompleteGuildInteraction,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIAttachment,
  type APIInteractionDataResolved,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIUser,
  type GatewayMessageCreateDispatchData,
} from 'discord-api-types/v10';
import { memberFields, memberOf, PERMISSIONS, snowflake, type World } from './world.js';

/** Builders for the events a test dispatches, typed with discord-api-types so they stay realistic. */

export type OptionValue = string | number | boolean;

export interface InteractionInput {
  /** Option values by name; a `{ channel: id }` option is also added to `resolved`. */
  options?: Record<string, OptionValue>;
  user?: APIUser;
  channelId?: string;
  /** The member's computed permissions in the channel; defaults from the user's roles. */
  permissions?: bigint;
  /** The member's client language (Discord sends it with every interaction); default en-US. */
  locale?: Locale;
  /** Run as `/name subcommand`; the options then belong to the subcommand. */
  subcommand?: string;
  /** Attachment options by name, added to `resolved` the way Discord sends uploaded files. */
  attachments?: Record<string, APIAttachment>;
}

function base(world: World, input: InteractionInput) {
  const who = input.user ?? world.users.alice;
  const channelId = input.channelId ?? world.channels.general.id;
  const permissions = input.permissions ?? (who.id === world.users.moderator.id ? PERMISSIONS.moderator : PERMISSIONS.member);
  return {
    id: snowflake(),
    application_id: world.appId,
    token: `standin-interaction-${randomBytes(24).toString('base64url')}`,
    version: 1 as const,
    guild_id: world.guildId,
    guild: { id: world.guildId, locale: Locale.EnglishUS, features: [] },
    channel_id: channelId,
    channel: { id: channelId, type: channelId === world.thread.id ? world.thread.type : world.channels.general.type },
    member: { ...memberOf(world, who), permissions: String(permissions) },
    app_permissions: String(PERMISSIONS.moderator),
    locale: input.locale ?? Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: world.guildId },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10_485_760,
  };
}

function options(world: World, values: Record<string, OptionValue>, focused?: string): APIApplicationCommandInteractionDataBasicOption[] {
  return Object.entries(values).map(([name, value]) => {
    if (name === 'channel') return { name, type: ApplicationCommandOptionType.Channel, value: String(value) };
    if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
    if (typeof value === 'number') return { name, type: ApplicationCommandOptionType.Integer, value };
    return { name, type: ApplicationCommandOptionType.String, value, ...(name === focused ? { focused: true } : {}) };
  }) as APIApplicationCommandInteractionDataBasicOption[];
}

function resolved(world: World, values: Record<string, OptionValue>, permissions: bigint): APIInteractionDataResolved | undefined {
  if (typeof values.channel !== 'string') return undefined;
  const channel = Object.values(world.channels).find((c) => c.id === values.channel);
  if (!channel) return undefined;
  return { channels: { [channel.id]: { id: channel.id, name: channel.name, type: channel.type, permissions: String(permissions) } } };
}

/** A `/name` slash command invoked in the stand-in guild. */
export function chatInput(world: World, name: string, input: InteractionInput = {}): APIChatInputApplicationCommandGuildInteraction {
  const b = base(world, input);
  const values = input.options ?? {};
  const files = Object.entries(input.attachments ?? {});
  const res = {
    ...resolved(world, values, BigInt(b.member.permissions)),
    ...(files.length > 0 ? { attachments: Object.fromEntries(files.map(([, a]) => [a.id, a])) } : {}),
  };
  const given = [
    ...options(world, values),
    ...files.map(([optionName, a]) => ({ name: optionName, type: ApplicationCommandOptionType.Attachment, value: a.id })),
  ] as APIApplicationCommandInteractionDataBasicOption[];
  const all = input.subcommand ? [{ name: input.subcommand, type: ApplicationCommandOptionType.Subcommand, options: given }] : given;
  return {
    ...b,
    type: InteractionType.ApplicationCommand,
    data: {
      id: snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: all as APIChatInputApplicationCommandGuildInteraction['data']['options'],
      ...(Object.keys(res).length > 0 ? { resolved: res } : {}),
    },
  };
}

/** A click on the button `customId` of `message` (one the bot sent, as the stand-in stored it). */
export function buttonClick(world: World, message: APIMessage, customId: string, input: InteractionInput = {}) {
  const b = base(world, { ...input, channelId: input.channelId ?? message.channel_id });
  const interaction = {
    ...b,
    type: InteractionType.MessageComponent,
    message,
    data: { custom_id: customId, component_type: ComponentType.Button },
  };
  return interaction as typeof interaction & APIMessageComponentButtonInteraction;
}

/** An autocomplete request while the user types option `focused`. */
export function autocomplete(
  world: World,
  name: string,
  focused: string,
  input: InteractionInput = {},
): APIApplicationCommandAutocompleteGuildInteraction {
  const given = options(world, input.options ?? {}, focused);
  const all = input.subcommand ? [{ name: input.subcommand, type: ApplicationCommandOptionType.Subcommand, options: given }] : given;
  return {
    ...base(world, input),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: all as APIApplicationCommandAutocompleteGuildInteraction['data']['options'],
    },
  };
}

export interface MessageInput {
  content: string;
  channelId?: string;
  author?: APIUser;
  /** Whether Discord lists the bot in `mentions` (true when the content has `<@botId>`). */
  mentionsBot?: boolean;
}

/** A MESSAGE_CREATE from a member of the guild. */
export function messageCreate(world: World, input: MessageInput): GatewayMessageCreateDispatchData {
  const author = input.author ?? world.users.alice;
  const mentionsBot = input.mentionsBot ?? input.content.includes(`<@${world.bot.id}>`);
  return {
    id: snowflake(),
    channel_id: input.channelId ?? world.channels.general.id,
    guild_id: world.guildId,
    author,
    member: memberFields(world, author),
    content: input.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: mentionsBot ? [world.bot] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: MessageType.Default,
  };
}
