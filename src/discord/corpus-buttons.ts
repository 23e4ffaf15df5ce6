import type { ButtonInteraction } from 'discord.js';
import { CitebotError } from '../errors.js';
import type { NewCorpusFile } from '../index/corpus-editor.js';
import type { CommandContext } from './commands/types.js';
import { requireManageGuild } from './permissions.js';
import { renderNotice } from './render.js';
import { oneLine, safeText, truncate } from './format/safe-text.js';

/**
 * Confirm / cancel under an upload's preview. The pending upload lives in the database (its id
 * is in the button), so the buttons work after a restart; taking it removes it, so a second
 * click, or a second moderator, cannot add the article twice.
 */
export async function handleCorpusButton(interaction: ButtonInteraction, confirm: boolean, pendingId: string, context: CommandContext) {
  requireManageGuild(interaction);
  const pending = context.state.pending.take(pendingId);
  if (!pending) {
    await interaction.update({ ...renderNotice('This upload was already handled or has expired; nothing was changed.'), components: [] });
    return;
  }
  if (!confirm) {
    await interaction.update({ ...renderNotice('Cancelled: nothing was added to the corpus.'), components: [] });
    return;
  }
  const editor = context.corpus;
  if (!editor) throw new CitebotError('FORBIDDEN', 'This bot cannot change its corpus.');
  const files = JSON.parse(pending.body) as NewCorpusFile[];
  // Acknowledge at once (Discord allows 3 s); the build takes longer and edits this message when done.
  await interaction.update({ ...renderNotice(`Adding ${pending.fileName} and rebuilding the index…`), components: [] });
  const result = await editor.add(files);
  context.logger.info({ files: files.map((f) => f.fileName), buildId: result.manifest.buildId }, 'articles added from Discord');
  const name = safeText(truncate(oneLine(pending.fileName), 200));
  await interaction.editReply(
    renderNotice(
      `Added ${name}. The index now holds ${result.manifest.counts.articles} articles and answers from it; \`/sources\` lists it.`,
    ),
  );
}
