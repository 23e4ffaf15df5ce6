import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  OverwriteType,
  PermissionFlagsBits,
  type APIGuildForumChannel,
  type APIGuildMember,
  type ApplicationFlags,
  type GuildMemberFlags,
  type RoleFlags,
  type APIRole,
  type APITextChannel,
  type APIThreadChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
  type GatewayReadyDispatchData,
} from 'discord-api-types/v10';

/**
 * The one server the stand-in knows: a bot, a member, a moderator, three text channels and a
 * thread. Ids are real-looking snowflakes (17-19 digits), because @discordjs/rest picks its
 * rate-limit buckets by matching ids of that length.
 */
let counter = 0n;
export function snowflake(): string {
  const ms = BigInt(Date.now()) - 1_420_070_400_000n;
  counter = (counter + 1n) & 0xfffn;
  return ((ms << 22n) | (1n << 17n) | counter).toString();
}

const EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.EmbedLinks;

export const PERMISSIONS = {
  member: EVERYONE_PERMISSIONS,
  moderator: EVERYONE_PERMISSIONS | PermissionFlagsBits.ManageMessages,
  /** A moderator who may also manage the server (/settings, /gaps, /corpus): pass as an interaction's `permissions`. */
  manager: EVERYONE_PERMISSIONS | PermissionFlagsBits.ManageMessages | PermissionFlagsBits.ManageGuild,
};

function user(id: string, username: string, bot = false): APIUser {
  return { id, username, discriminator: '0', global_name: username, avatar: null, ...(bot ? { bot: true } : {}) };
}

function textChannel(
  guildId: string,
  name: string,
  position: number,
  overwrites: APITextChannel['permission_overwrites'] = [],
): APITextChannel {
  return {
    id: snowflake(),
    type: ChannelType.GuildText,
    guild_id: guildId,
    name,
    position,
    permission_overwrites: overwrites,
    nsfw: false,
    topic: null,
    parent_id: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    default_auto_archive_duration: 1440,
  };
}

export function threadChannel(guildId: string, parentId: string, id: string, name: string, ownerId: string): APIThreadChannel {
  const now = new Date().toISOString();
  return {
    id,
    type: ChannelType.PublicThread,
    guild_id: guildId,
    parent_id: parentId,
    name,
    owner_id: ownerId,
    last_message_id: null,
    rate_limit_per_user: 0,
    member_count: 1,
    message_count: 0,
    total_message_sent: 0,
    nsfw: false,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: now, locked: false, create_timestamp: now },
  };
}

/** The shard a guild's events go to (Discord's rule): `(guild_id >> 22) % shard count`. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** A guild id that falls on shard `shard` of `count`. */
export function guildIdOnShard(shard: number, count: number): string {
  const base = BigInt(snowflake());
  const ms = base >> 22n;
  return (((ms - (ms % BigInt(count)) + BigInt(shard)) << 22n) | (base & 0x3fffffn)).toString();
}

/**
 * A server with its members and channels. A second server of the same bot (for sharding) passes
 * the first world's `app` and its own guild id.
 */
export function createWorld(shared: { app?: { appId: string; bot: APIUser }; guildId?: string } = {}) {
  const guildId = shared.guildId ?? snowflake();
  const appId = shared.app?.appId ?? snowflake();
  const bot = shared.app?.bot ?? user(appId, 'citebot', true);
  const alice = user(snowflake(), 'alice');
  const moderator = user(snowflake(), 'mod');
  const moderatorRole: APIRole = {
    id: snowflake(),
    name: 'Moderator',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 1,
    permissions: String(PermissionFlagsBits.ManageMessages),
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
  const everyoneRole: APIRole = {
    ...moderatorRole,
    id: guildId,
    name: '@everyone',
    position: 0,
    permissions: String(EVERYONE_PERMISSIONS),
  };
  const general = textChannel(guildId, 'general', 0);
  const news = textChannel(guildId, 'news-digest', 1);
  // Nobody but admins may write here: a moderator of #general must not post into it via the bot.
  const locked = textChannel(guildId, 'announcements-locked', 2, [
    { id: guildId, type: OverwriteType.Role, allow: '0', deny: String(PermissionFlagsBits.SendMessages) },
    { id: appId, type: OverwriteType.Member, allow: String(PermissionFlagsBits.SendMessages), deny: '0' },
  ]);
  const thread = threadChannel(guildId, general.id, snowflake(), 'An existing thread', alice.id);
  // A forum, for the help channel: every post in it is a thread.
  const forum = {
    ...textChannel(guildId, 'help-forum', 3),
    type: ChannelType.GuildForum,
    available_tags: [],
    default_reaction_emoji: null,
    default_sort_order: null,
    default_forum_layout: 0,
    default_thread_rate_limit_per_user: 0,
    flags: 0,
  } as unknown as APIGuildForumChannel;
  return {
    guildId,
    appId,
    bot,
    users: { alice, moderator },
    roles: { everyone: everyoneRole, moderator: moderatorRole },
    channels: { general, news, locked },
    forum,
    thread,
  };
}

export type World = ReturnType<typeof createWorld>;

/** A member's guild fields (as in MESSAGE_CREATE, which carries no `user`). */
export function memberFields(world: World, who: APIUser): Omit<APIGuildMember, 'user'> {
  const roles = who.id === world.users.moderator.id ? [world.roles.moderator.id] : [];
  return {
    roles,
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    nick: null,
    avatar: null,
    banner: null,
  };
}

export function memberOf(world: World, who: APIUser): APIGuildMember {
  return { ...memberFields(world, who), user: who };
}

/** READY for one shard: the guilds of `worlds` on it, to be followed by their GUILD_CREATEs. */
export function readyPayload(
  worlds: readonly World[],
  sessionId: string,
  gatewayUrl: string,
  shard: [number, number] = [0, 1],
): GatewayReadyDispatchData {
  const world = worlds[0]!;
  return {
    v: 10,
    user: world.bot,
    guilds: worlds.map((w) => ({ id: w.guildId, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: gatewayUrl,
    shard,
    application: { id: world.appId, flags: 0 as ApplicationFlags, flags_new: '0' },
  };
}

export function guildCreatePayload(world: World): GatewayGuildCreateDispatchData {
  return {
    id: world.guildId,
    name: 'Stand-in Newsroom',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: snowflake(),
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [world.roles.everyone, world.roles.moderator],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    member_count: 3,
    voice_states: [],
    members: [memberOf(world, world.bot), memberOf(world, world.users.alice), memberOf(world, world.users.moderator)],
    channels: [world.channels.general, world.channels.news, world.channels.locked, world.forum],
    threads: [world.thread],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    stickers: [],
  };
}
