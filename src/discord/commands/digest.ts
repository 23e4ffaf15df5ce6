import {
  ChannelType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type SendableChannels,
} from 'discord.js';
import { CitebotError } from '../../errors.js';
import { renderDigest, renderDigestEmpty, renderDigestPosted, topicChoices } from '../render.js';
import type { SlashCommand } from './types.js';
import { plainQuestion } from '../question-text.js';

/**
 * `/digest topic [channel] [since]`: posts key passages on a topic, grouped by article, for
 * the whole channel to read. Moderators only: the default permission hides it from others,
 * and the handler re-checks because server admins can re-scope command permissions.
 */
export const digest = {
  data: new SlashCommandBuilder()
    .setName('digest')
    .setDescription('Post key passages on a topic, grouped by article, to a channel.')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
    .addStringOption((o) =>
      o.setName('topic').setDescription('What the digest is about').setRequired(true).setAutocomplete(true).setMaxLength(200),
    )
    .addChannelOption((o) =>
      o
        .setName('channel')
        .setDescription('Where to post it (default: this channel)')
        .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
    )
    .addStringOption((o) =>
      o.setName('since').setDescription('Only articles published from this date on: YYYY or YYYY-MM-DD').setMinLength(4).setMaxLength(10),
    ),

  async execute(interaction, { service }) {
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) {
      throw new CitebotError('FORBIDDEN', 'Only members who can manage messages may post digests.');
    }
    const topic = plainQuestion(interaction.options.getString('topic', true));
    const since = parseSince(interaction.options.getString('since'));
    const target = await resolveTarget(interaction);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const result = await service.digest(topic, since === undefined ? {} : { since });
    if (result.groups.length === 0) {
      await interaction.editReply(renderDigestEmpty(topic, since));
      return;
    }
    const pages = renderDigest(result, { requestedBy: interaction.user.id, at: new Date(), since });
    for (const page of pages) await target.send(page);
    await interaction.editReply(renderDigestPosted(target.id, pages.length));
  },

  async autocomplete(interaction, { service }) {
    await interaction.respond(topicChoices(await service.topics(), interaction.options.getFocused()));
  },
} satisfies SlashCommand;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked to be a real date; the same partial ISO form as article dates. */
export function parseSince(value: string | null): string | undefined {
  if (value === null || value.trim() === '') return undefined;
  const since = value.trim();
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(since);
  const [, year, month = '01', day = '01'] = match ?? [];
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (!match || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`) {
    throw new CitebotError('OPTION_INVALID', `"since" must be a date like 2019 or 2019-04-11 (got "${since.slice(0, 20)}").`, {
      hint: 'Give a year, a month (2019-04) or a day (2019-04-11), or leave it empty for every date.',
    });
  }
  return since;
}

/** The chosen channel (default: this one), which the moderator must be able to post in themselves. */
async function resolveTarget(interaction: ChatInputCommandInteraction): Promise<SendableChannels> {
  if (!interaction.inCachedGuild()) {
    throw new CitebotError('OPTION_INVALID', 'Digests can only be posted in a server the bot is in.', {
      hint: 'Run /digest in a channel of a server that has added the bot.',
    });
  }
  const chosen = interaction.options.getChannel('channel');
  const channel = await interaction.guild.channels.fetch(chosen?.id ?? interaction.channelId);
  if (!channel?.isSendable()) {
    throw new CitebotError('OPTION_INVALID', 'I can only post digests in text channels.', {
      hint: 'Pick a text channel, or run /digest in one.',
    });
  }
  // memberPermissions covers this channel; for another one, a moderator here must not reach
  // channels they could not write to themselves.
  if (channel.id !== interaction.channelId) {
    const allowed = channel.permissionsFor(interaction.member).has([PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages]);
    if (!allowed) throw new CitebotError('FORBIDDEN', `You can't post in <#${channel.id}> yourself, so I won't post there for you.`);
  }
  return channel;
}
