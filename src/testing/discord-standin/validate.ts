/**
 * Discord's documented message limits, enforced the way Discord does (400, code 50035), so a
 * bot that builds an oversized message fails here as it would in production.
 */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedTotal: 6000,
  threadName: 100,
  choices: 25,
  choiceName: 100,
} as const;

interface EmbedLike {
  title?: string;
  description?: string;
  fields?: { name?: string; value?: string }[];
  footer?: { text?: string };
  author?: { name?: string };
}

/** Problems with a message body (create or edit), empty when Discord would accept it. */
export function messageProblems(body: unknown, { edit = false } = {}): string[] {
  const b = (body ?? {}) as { content?: unknown; embeds?: EmbedLike[]; allowed_mentions?: unknown };
  const problems: string[] = [];
  const content = typeof b.content === 'string' ? b.content : '';
  if (content.length > LIMITS.content) problems.push(`content is ${content.length} characters (max ${LIMITS.content})`);
  const embeds = b.embeds ?? [];
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds (max ${LIMITS.embeds})`);
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    if ((e.title?.length ?? 0) > LIMITS.embedTitle) problems.push(`embed ${i} title too long`);
    if ((e.description?.length ?? 0) > LIMITS.embedDescription) problems.push(`embed ${i} description too long`);
    if ((e.fields?.length ?? 0) > LIMITS.embedFields) problems.push(`embed ${i} has too many fields`);
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text?.length ?? 0) + (e.author?.name?.length ?? 0);
    for (const f of e.fields ?? []) total += (f.name?.length ?? 0) + (f.value?.length ?? 0);
  }
  if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} characters (max ${LIMITS.embedTotal})`);
  if (!edit && content.trim() === '' && embeds.length === 0) problems.push('empty message');
  return problems;
}

/** Problems with an autocomplete result (callback type 8). */
export function choiceProblems(data: unknown): string[] {
  const choices = ((data ?? {}) as { choices?: { name: string; value: unknown }[] }).choices ?? [];
  const problems: string[] = [];
  if (choices.length > LIMITS.choices) problems.push(`${choices.length} choices (max ${LIMITS.choices})`);
  for (const c of choices) {
    if (c.name.length < 1 || c.name.length > LIMITS.choiceName) problems.push(`choice name of ${c.name.length} characters`);
    if (typeof c.value === 'string' && c.value.length > LIMITS.choiceName) problems.push(`choice value of ${c.value.length} characters`);
  }
  return problems;
}
