import type { RecordedRequest } from './http.js';
import { messageProblems } from './validate.js';

/** Reading what the bot sent, as a Discord user would see it. */

/**
 * The text a reader sees: zero-width spaces, markdown backslash escapes and the bare `*` of bold
 * and italics removed, except in a bare link (Discord's autolink pattern), which Discord shows as
 * it is, backslashes included. A `*` the text holds is escaped, so a bare one is formatting.
 */
export function visibleText(markdown: string): string {
  const link = /https?:\/\/[^\s<]+[^<.,:;"')\]\s]/y;
  let out = '';
  for (let i = 0; i < markdown.length; i += 1) {
    link.lastIndex = i;
    const url = markdown[i] === 'h' ? link.exec(markdown) : null;
    if (url) {
      out += url[0];
      i += url[0].length - 1;
    } else if (markdown[i] === '\\' && i + 1 < markdown.length) {
      out += markdown[i + 1];
      i += 1;
    } else if (markdown[i] !== '*') out += markdown[i];
  }
  return out.replaceAll('\u200b', '');
}

/** Each run of consecutive `> ` lines, as the visible text it quotes. */
export function quotes(content: string): string[] {
  const runs: string[][] = [];
  let current: string[] | null = null;
  for (const line of content.split('\n')) {
    if (line.startsWith('> ')) {
      current ??= [];
      current.push(line.slice(2));
    } else if (current) {
      runs.push(current);
      current = null;
    }
  }
  if (current) runs.push(current);
  return runs.map((run) => visibleText(run.join('\n')));
}

/** REST calls that carry a message body: replies, edits, follow-ups, channel messages. */
export function isMessageSend(r: RecordedRequest): boolean {
  if (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path)) return true;
  if (r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(r.path)) return true;
  if (r.method === 'PATCH' && /\/messages\/(@original|\d+)$/.test(r.path)) return true;
  // An interaction callback carries a message unless it only defers (type 5) or autocompletes (8).
  return r.method === 'POST' && r.path.endsWith('/callback') && ![5, 8].includes((r.body as { type?: number }).type ?? 0);
}

/** The `content` of a message-sending request. */
export function contentOf(r: RecordedRequest): string {
  const body = r.body as { content?: string; data?: { content?: string } };
  return body.content ?? body.data?.content ?? '';
}

/** The message body of a request (the `data` of a callback). */
export function messageBody(r: RecordedRequest): Record<string, unknown> {
  const body = r.body as Record<string, unknown> & { data?: Record<string, unknown> };
  return r.path.endsWith('/callback') ? (body.data ?? {}) : body;
}

/** Violations of Discord's limits or of "never ping": empty when the request is fine. */
export function sendProblems(r: RecordedRequest): string[] {
  const body = messageBody(r);
  const problems = messageProblems(body, { edit: r.method === 'PATCH' });
  const mentions = body.allowed_mentions as { parse?: unknown[]; replied_user?: boolean } | undefined;
  if (!mentions || !Array.isArray(mentions.parse) || mentions.parse.length > 0)
    problems.push(`allowed_mentions.parse is ${JSON.stringify(mentions?.parse)}`);
  if (mentions && 'users' in mentions) problems.push('allowed_mentions lists users');
  if (mentions && 'roles' in mentions) problems.push('allowed_mentions lists roles');
  if (mentions?.replied_user) problems.push('replies ping the replied user');
  return problems;
}
