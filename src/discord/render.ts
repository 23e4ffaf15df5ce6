import { MessageFlags, TimestampStyles, time } from 'discord.js';
import { markedFocus, markedQuote } from '../answer/quote-parts.js';
import type { Answer, QuotedPassage } from '../answer/types.js';
import type { CorpusEntry, Digest } from '../answer/service.js';
import type { ArticleSource } from '../corpus/types.js';
import { CONTENT_LIMIT, pack } from './format/paginate.js';
import { Budget, quoteBlocks } from './format/quote-blocks.js';
import { neutralizeGroupMentions, oneLine, quietLink, safeText, truncate } from './format/safe-text.js';
import { showInvisible } from '../text/visible.js';
import { phrasesFor } from '../answer/phrases.js';
import { stringsFor, type BotStrings } from './i18n.js';

/**
 * The only place that turns answers, digests and source lists into Discord messages.
 * Output is plain content (no embeds): block quotes for corpus text, one attribution line under
 * every quote, every message within Discord's 2000-character limit by construction.
 */

/** Never ping anyone, not even the user being replied to. */
export interface NoMentions {
  readonly parse: readonly [];
  readonly repliedUser: false;
}

/** One message, ready for `send`, `reply`, `editReply` or `followUp`. */
export interface MessagePayload {
  content: string;
  allowedMentions: NoMentions;
  /** Link previews off: sources link to articles, and a wall of previews buries the quotes. */
  flags: MessageFlags.SuppressEmbeds;
}

/** A long answer or digest is split into at most this many messages; the rest is announced. */
export const MAX_ANSWER_MESSAGES = 10;
const MAX_SOURCES_MESSAGES = 5;
const QUESTION_ECHO = 300;

/** Content is within limits by construction (pack); a longer one is a bug and Discord would refuse it. */
function payload(content: string): MessagePayload {
  return { content, allowedMentions: { parse: [], repliedUser: false }, flags: MessageFlags.SuppressEmbeds };
}

/** A short status or error line written by the bot itself. */
export function renderNotice(text: string): MessagePayload {
  // Notices are ours (their markdown and pills are meant) but may echo what a user typed.
  const shown = neutralizeGroupMentions(showInvisible(text));
  // truncate counts code points; half the limit in code points always fits in UTF-16 units.
  return payload(shown.length <= CONTENT_LIMIT ? shown : truncate(shown, CONTENT_LIMIT / 2));
}

/** The answer to a question: the question, then each quote with its source under it. */
export function renderAnswer(answer: Answer): MessagePayload[] {
  // The bot's own sentences are in the question's language; quotes stay the corpus's English.
  const say = stringsFor(answer.language);
  const asked = `**${say.question}:** ${safeText(truncate(oneLine(answer.question), QUESTION_ECHO))}`;
  // Show how the question was read (chat shorthand, a misspelling, or its English reading when
  // asked in another language), so a member sees a misunderstanding at once.
  const readAs = answer.readAs ? `\n**${say.readAs}:** ${safeText(truncate(oneLine(answer.readAs), QUESTION_ECHO))}` : '';
  const untranslated = answer.untranslated ? `\n*${say.untranslated(say.reasons[answer.untranslated.reason])}*` : '';
  const header = `${asked}${readAs}${untranslated}`;
  if (!answer.answerable || answer.passages.length === 0) return renderRefusal(answer, header);
  // A two-part question answered in part says which part is left open, before the quotes.
  const partly = answer.gap ? `\n**${safeText(truncate(oneLine(answer.gap), 400))}**` : '';
  const budget = new Budget(`${header}${partly}\n${say.quotedBelow}`, MAX_ANSWER_MESSAGES);
  answer.passages.forEach((p, i) => {
    // A block that merges touching passages shows its best one in bold.
    const { text, focus } = markedFocus(p);
    budget.add((room) => [...quoteBlocks(text, attribution(p.source, `[${i + 1}] `), '', room, focus), ...translated(p, say)]);
  });
  return budget.pages().map(payload);
}

/**
 * No answer: the line saying what the corpus lacks, then the closest passages under a label
 * that says they do not answer the question, or, when nothing comes close, the subjects the
 * corpus does cover.
 */
function renderRefusal(answer: Answer, header: string): MessagePayload[] {
  const say = stringsFor(answer.language);
  const gap = safeText(truncate(oneLine(answer.gap ?? phrasesFor(answer.language).noPassage), 400));
  if (answer.related.length > 0) {
    const below = answer.untranslated === null ? say.relatedBelow : say.sharingNames;
    const budget = new Budget(`${header}\n**${gap}**\n${below}`, MAX_ANSWER_MESSAGES);
    answer.related.forEach((p) =>
      budget.add((room) => [...quoteBlocks(markedQuote(p), attribution(p.source, say.relatedLabel), '', room), ...translated(p, say)]),
    );
    return budget.pages().map(payload);
  }
  const blocks = [`${header}\n**${gap}**`];
  let covers = '';
  for (const topic of answer.suggestions.slice(0, 10).map((s) => `**${safeText(truncate(oneLine(s), 100))}**`)) {
    if (covers.length + topic.length > 1500) break;
    covers += covers ? `, ${topic}` : topic;
  }
  if (covers) blocks.push(say.alsoCovers(covers));
  return pack(blocks).map(payload);
}

/**
 * A quote's machine translation, when one was asked for: small text under the attribution,
 * labelled as a machine translation and outside the block quote, so it is never read as the quote.
 */
function translated(p: QuotedPassage, say: BotStrings): string[] {
  if (!p.translation) return [];
  return [`-# ${say.machineTranslation}: ${safeText(truncate(oneLine(p.translation), 900))}`];
}

/** Who asked for a digest and when it was made, for its header. */
export interface DigestMeta {
  requestedBy: string;
  at: Date;
  since?: string | undefined;
}

/** A digest: header (requester, time), then quotes grouped by article, oldest article first. */
export function renderDigest(digest: Digest, meta: DigestMeta): MessagePayload[] {
  const groups = [...digest.groups].sort((a, b) => byDate(a.source, b.source));
  const count = groups.reduce((n, g) => n + g.quotes.length, 0);
  const since = meta.since ? ` since ${safeText(truncate(oneLine(meta.since), 20))}` : '';
  // The requester is shown as a mention pill; allowed_mentions is empty, so it does not ping.
  const requester = /^\d+$/.test(meta.requestedBy) ? `<@${meta.requestedBy}>` : safeText(truncate(oneLine(meta.requestedBy), 100));
  const budget = new Budget(
    `**Digest: ${safeText(truncate(oneLine(digest.topic), 200))}**${since}\n` +
      `Requested by ${requester} on ${time(meta.at, TimestampStyles.ShortDateTime)} · ` +
      `${count} passage(s) from ${groups.length} article(s), oldest first, quoted word for word.`,
    MAX_ANSWER_MESSAGES,
  );
  for (const group of groups) {
    const heading = `__**${safeText(truncate(oneLine(group.source.title || 'Untitled'), 200))}**__`;
    group.quotes.forEach((q, i) => budget.add((room) => quoteBlocks(markedQuote(q), attribution(q.source), i === 0 ? heading : '', room)));
  }
  return budget.pages().map(payload);
}

/** Shown to the moderator when a digest would be empty (nothing is posted). */
export function renderDigestEmpty(topic: string, since?: string): MessagePayload {
  const after = since ? ` since ${safeText(truncate(oneLine(since), 20))}` : '';
  return payload(`The corpus has no passages on **${safeText(truncate(oneLine(topic), 200))}**${after}, so I posted nothing.`);
}

/** Confirms to the moderator where the digest went. */
export function renderDigestPosted(channelId: string, messages: number): MessagePayload {
  return payload(`Posted the digest in <#${channelId}> (${messages} message${messages === 1 ? '' : 's'}).`);
}

/** The articles of the corpus, by date, with outlet and title. */
export function renderSources(entries: readonly CorpusEntry[]): MessagePayload[] {
  const sorted = [...entries].sort((a, b) => byDate(a.source, b.source));
  const lines = [`**The corpus: ${entries.length} article(s), oldest first.**`];
  // Lines beyond what the messages can hold are counted, not formatted.
  let room = MAX_SOURCES_MESSAGES * CONTENT_LIMIT;
  for (const [i, { source }] of sorted.entries()) {
    if (room < 0) break;
    const link = quietLink(source.url);
    lines.push(`**${i + 1}.** ${describe(source)}${link ? ` ${link}` : ''}`);
    room -= lines.at(-1)!.length + 1;
  }
  const unformatted = entries.length + 1 - lines.length;
  const note = (n: number) => `*… ${n + unformatted} more not shown.*`;
  return pack(lines, { separator: '\n', maxMessages: MAX_SOURCES_MESSAGES, overflowNote: note }).map(payload);
}

/** Autocomplete choices: at most 25, names and values within Discord's 100 characters. */
export function topicChoices(topics: readonly string[], typed: string): { name: string; value: string }[] {
  const needle = typed.trim().toLowerCase();
  const matches = topics.filter((t) => t.toLowerCase().includes(needle));
  // Topics that start with what was typed first, then the rest, each group in service order.
  const ranked = [
    ...matches.filter((t) => t.toLowerCase().startsWith(needle)),
    ...matches.filter((t) => !t.toLowerCase().startsWith(needle)),
  ];
  return ranked.slice(0, 25).map((t) => ({ name: truncate(oneLine(t), 100) || '…', value: truncate(t, 100) }));
}

/** A thread name from a question: one line, at most 100 characters (Discord's limit). */
export function threadName(question: string): string {
  return truncate(oneLine(question), 100) || 'Question';
}

function attribution(source: ArticleSource, label = ''): (part: string) => string {
  const link = quietLink(source.url);
  return (part) => `— ${label}${describe(source)}${part}${link ? ` ${link}` : ''}`;
}

/** `Outlet, *Title*, 2019-04` with every field escaped and bounded. */
function describe(source: ArticleSource): string {
  const outlet = source.outlet ? `${safeText(truncate(oneLine(source.outlet), 120))}, ` : '';
  const title = safeText(truncate(oneLine(source.title || 'Untitled'), 200));
  return `${outlet}*${title}*, ${safeText(truncate(oneLine(source.published ?? 'undated'), 30))}`;
}

/** Partial ISO dates compare as strings; undated articles go last. */
function byDate(a: ArticleSource, b: ArticleSource): number {
  if (a.published === b.published) return 0;
  if (a.published === null) return 1;
  if (b.published === null) return -1;
  return a.published < b.published ? -1 : 1;
}
