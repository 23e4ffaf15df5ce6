import type { PreparedArticle } from '../index/upload.js';
import type { GapGroup } from '../state/gap-groups.js';
import type { MissingName } from '../state/gaps.js';
import type { GuildSettings } from '../state/settings.js';
import { oneLine, safeText, truncate } from './format/safe-text.js';
import { renderNotice, type MessagePayload } from './render.js';

/**
 * Messages for moderators (/corpus, /gaps, /settings). Corpus and question text is untrusted:
 * escaped with safeText and bounded, so one message always fits Discord's 2000 characters.
 */
const shown = (text: string, max: number) => safeText(truncate(oneLine(text), max));

/** The upload shown back before it is added: title, date, first passage, count of passages. */
export function renderPreview(articles: readonly PreparedArticle[]): MessagePayload {
  const lines = [`**Add ${articles.length === 1 ? 'this article' : `these ${articles.length} articles`} to the corpus?**`];
  const showing = articles.slice(0, 5);
  // Each shown article gets an equal share of the message; escaping may double what is shown, hence the halving.
  const share = Math.floor(1700 / showing.length / 2);
  for (const a of showing) {
    const outlet = a.outlet ? `${shown(a.outlet, Math.min(80, share / 6))} · ` : '';
    const title = Math.min(200, Math.floor(share / 3));
    lines.push(`**${shown(a.title, title)}** · ${outlet}${shown(a.published ?? 'undated', 30)} · ${a.passageCount} passage(s)`);
    lines.push(`> ${shown(a.firstPassage, share - title - 40)}`);
  }
  if (articles.length > 5) lines.push(`*… and ${articles.length - 5} more.*`);
  return renderNotice(lines.join('\n'));
}

/** A name as typed in chat, capitalised word by word when it was typed all in lower case ("evo morales" → "Evo Morales"). */
function asName(name: string): string {
  return name === name.toLowerCase() ? name.replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, c: string) => space + c.toUpperCase()) : name;
}

/** The most frequent declined questions, grouped, and the names the corpus lacks that they asked about. */
export function renderGaps(
  groups: readonly GapGroup[],
  total: number,
  days: number,
  retentionDays: number,
  missing: readonly MissingName[] = [],
): MessagePayload {
  if (total === 0)
    return renderNotice(`No question was declined in the last ${days} day(s). (Declined questions are kept ${retentionDays} days.)`);
  const lines = [`**Questions I could not answer in the last ${days} day(s)** (${total} in all, most asked first):`];
  for (const [i, g] of groups.entries()) {
    const also =
      g.variants.length > 0
        ? `\n   also: ${g.variants
            .slice(0, 3)
            .map((v) => `“${shown(v, 80)}”`)
            .join(', ')}`
        : '';
    lines.push(`**${i + 1}.** “${shown(g.question, 150)}” · ${g.count}×${also}`);
  }
  if (missing.length > 0) {
    const names = missing.map((m) => `${shown(asName(m.name), 60)} (${m.count}×)`).join(', ');
    lines.push(`**Asked about, never mentioned in the corpus:** ${names}`);
  }
  lines.push('These show where the corpus has gaps: `/corpus add` an article that answers them.');
  return renderNotice(lines.join('\n'));
}

/** A server's settings in words. */
export function renderSettings(s: GuildSettings, defaultCooldown: number): MessagePayload {
  const channels = s.answerChannels.length > 0 ? s.answerChannels.map((c) => `<#${c}>`).join(', ') : 'every channel (default)';
  const help = s.helpChannel ? `<#${s.helpChannel}>: every new post there is answered without a mention` : 'none';
  const cooldown = s.cooldownSeconds === null ? `${defaultCooldown} s (default)` : `${s.cooldownSeconds} s`;
  return renderNotice(
    `**Settings for this server**\nMentions answered in: ${channels}\nHelp channel: ${help}\nCooldown per member: ${cooldown}`,
  );
}
