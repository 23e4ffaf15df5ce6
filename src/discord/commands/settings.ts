import { ChannelType, InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { GuildSettings } from '../../state/settings.js';
import { renderSettings } from '../moderation-render.js';
import { requireManageGuild } from '../permissions.js';
import type { SlashCommand } from './types.js';

/**
 * `/settings`: where the bot answers mentions, an optional help channel or forum answered
 * without a mention, and the cooldown, for this server. Stored per guild; every reply shows
 * the settings as they now are.
 */
export const settings = {
  data: new SlashCommandBuilder()
    .setName('settings')
    .setDescription('Where and how often the bot answers in this server.')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) => s.setName('show').setDescription('Show this server’s settings.'))
    .addSubcommand((s) =>
      s
        .setName('answer-in')
        .setDescription('Answer mentions in this channel (once any is set, only in the listed ones).')
        .addChannelOption((o) =>
          o
            .setName('channel')
            .setDescription('The channel')
            .setRequired(true)
            .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('stop-answering-in')
        .setDescription('Take a channel off the list (an empty list means every channel).')
        .addChannelOption((o) => o.setName('channel').setDescription('The channel').setRequired(true)),
    )
    .addSubcommand((s) =>
      s
        .setName('help-channel')
        .setDescription('Answer every new post in this channel or forum without a mention; leave empty to turn off.')
        .addChannelOption((o) =>
          o.setName('channel').setDescription('The help channel or forum').addChannelTypes(ChannelType.GuildText, ChannelType.GuildForum),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('cooldown')
        .setDescription('Seconds a member waits between two questions here.')
        .addNumberOption((o) =>
          o.setName('seconds').setDescription('0-3600; leave empty for the default').setMinValue(0).setMaxValue(3600),
        ),
    ),

  async execute(interaction, { state, settings: configured }) {
    requireManageGuild(interaction);
    const guildId = interaction.guildId!;
    const channelId = interaction.options.getChannel('channel')?.id ?? null;
    const change: Record<string, (s: GuildSettings) => GuildSettings> = {
      'answer-in': (s) => ({ ...s, answerChannels: [...s.answerChannels, channelId!] }),
      'stop-answering-in': (s) => ({ ...s, answerChannels: s.answerChannels.filter((c) => c !== channelId) }),
      'help-channel': (s) => ({ ...s, helpChannel: channelId }),
      cooldown: (s) => ({ ...s, cooldownSeconds: interaction.options.getInteger('seconds') }),
    };
    const sub = interaction.options.getSubcommand();
    const now = Object.hasOwn(change, sub) ? state.settings.update(guildId, change[sub]!) : state.settings.get(guildId);
    await interaction.reply({
      ...renderSettings(now, configured.cooldownSeconds),
      flags: [MessageFlags.SuppressEmbeds, MessageFlags.Ephemeral],
    });
  },
} satisfies SlashCommand;
