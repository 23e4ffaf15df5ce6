import {
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { CitebotError } from '../../errors.js';
import { prepareUpload } from '../../index/upload.js';
import { downloadAttachment } from '../attachments.js';
import { confirmRow } from '../components.js';
import { oneLine, safeText, truncate } from '../format/safe-text.js';
import { renderPreview } from '../moderation-render.js';
import { requireManageGuild } from '../permissions.js';
import { renderNotice } from '../render.js';
import { parseSince } from './digest.js';
import type { CommandContext, SlashCommand } from './types.js';

/**
 * `/corpus add file [title] [outlet] [date] [link]` and `/corpus remove article`: moderators
 * grow the corpus from Discord. An upload is cleaned and shown back first; only the confirm
 * button writes it and rebuilds the index, which the running bot then answers from.
 */
export const corpus = {
  data: new SlashCommandBuilder()
    .setName('corpus')
    .setDescription('Add an article to the corpus, or remove one.')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Add an article from a file: .md/.txt (front matter allowed), .html or .jsonl.')
        .addAttachmentOption((o) => o.setName('file').setDescription('The article file').setRequired(true))
        .addStringOption((o) => o.setName('title').setDescription('Headline (default: from the file)').setMaxLength(300))
        .addStringOption((o) => o.setName('outlet').setDescription('Who published it').setMaxLength(120))
        .addStringOption((o) => o.setName('date').setDescription('Published: YYYY, YYYY-MM or YYYY-MM-DD').setMinLength(4).setMaxLength(10))
        .addStringOption((o) => o.setName('link').setDescription('Link to the article (http or https)').setMaxLength(500)),
    )
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Remove an article from the corpus.')
        .addStringOption((o) =>
          o.setName('article').setDescription('The article').setRequired(true).setAutocomplete(true).setMaxLength(100),
        ),
    ),

  async execute(interaction, context) {
    requireManageGuild(interaction);
    if (!context.corpus) throw new CitebotError('FORBIDDEN', 'This bot runs without a corpus folder it may change.');
    if (interaction.options.getSubcommand() === 'add') await add(interaction, context);
    else await remove(interaction, context);
  },

  async autocomplete(interaction, { service }) {
    const typed = interaction.options.getFocused().toLowerCase();
    const entries = (await service.sources()).filter((e) => `${e.source.title} ${e.articleId}`.toLowerCase().includes(typed));
    await interaction.respond(
      entries.slice(0, 25).map((e) => ({
        name: truncate(oneLine(`${e.source.title} (${e.source.published ?? 'undated'})`), 100) || e.articleId,
        value: e.articleId.slice(0, 100),
      })),
    );
  },
} satisfies SlashCommand;

async function add(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  const link = interaction.options.getString('link') ?? undefined;
  if (link !== undefined && !/^https?:\/\/[^\s]+$/i.test(link))
    throw new CitebotError('OPTION_INVALID', '"link" must be an http(s) address.');
  const meta = {
    title: interaction.options.getString('title') ?? undefined,
    outlet: interaction.options.getString('outlet') ?? undefined,
    published: parseSince(interaction.options.getString('date')),
    url: link,
  };
  const attachment = interaction.options.getAttachment('file', true);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { settings, state, corpus: editor } = context;
  const bytes = await downloadAttachment(attachment, {
    maxBytes: settings.uploadMaxBytes,
    timeoutMs: settings.uploadTimeoutMs,
    origins: settings.attachmentOrigins,
  });
  const articles = await prepareUpload(bytes, attachment.name, meta, editor!.corpusDir);
  const summary = articles.length === 1 ? `“${articles[0]!.title}”` : `${articles.length} articles`;
  const pendingId = state.pending.add({
    guildId: interaction.guildId,
    userHash: state.userHash(interaction.user.id),
    fileName: summary,
    body: JSON.stringify(articles.map((a) => ({ fileName: a.fileName, body: a.body }))),
  });
  await interaction.editReply({ ...renderPreview(articles), components: [confirmRow(pendingId)] });
}

async function remove(interaction: ChatInputCommandInteraction, { service, corpus: editor, logger }: CommandContext): Promise<void> {
  const id = interaction.options.getString('article', true);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const entry = (await service.sources()).find((e) => e.articleId === id);
  if (!entry) throw new CitebotError('OPTION_INVALID', `No article "${id.slice(0, 100)}" is in the corpus; pick one from the list.`);
  const result = await editor!.remove(entry.source.file);
  logger.info({ articleId: id, buildId: result.manifest.buildId }, 'article removed from Discord');
  await interaction.editReply(
    renderNotice(
      `Removed **${safeText(truncate(oneLine(entry.source.title), 200))}**. The index now holds ${result.manifest.counts.articles} articles.`,
    ),
  );
}
