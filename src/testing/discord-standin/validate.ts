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
  actionRows: 5,
  rowComponents: 5,
  customId: 100,
  buttonLabel: 80,
} as const;

interface ComponentLike {
  type?: number;
  style?: number;
  custom_id?: string;
  url?: string;
  label?: string;
  components?: ComponentLike[];
}

/**
 * Problems with a message's `components`, as Discord checks them: at most 5 action rows, each
 * holding 1-5 buttons; a button has a style of 1-5, a custom_id of 1-100 characters (unique in
 * the message) unless it is a link button (style 5, `url` and no custom_id), a label of at most 80.
 */
export function componentProblems(components: unknown): string[] {
  if (components === undefined) return [];
  if (!Array.isArray(components)) return ['components is not an array'];
  const problems: string[] = [];
  if (components.length > LIMITS.actionRows) problems.push(`${components.length} action rows (max ${LIMITS.actionRows})`);
  const ids = new Set<string>();
  for (const [i, row] of (components as ComponentLike[]).entries()) {
    if (row.type !== 1) {
      problems.push(`component ${i} is type ${row.type}, not an action row`);
      continue;
    }
    const inner = row.components ?? [];
    if (inner.length < 1 || inner.length > LIMITS.rowComponents) problems.push(`action row ${i} holds ${inner.length} components (1-5)`);
    for (const [j, c] of inner.entries()) {
      const where = `row ${i} component ${j}`;
      if (c.type !== 2) {
        problems.push(`${where} is type ${c.type}, not a button`);
        continue;
      }
      if (!c.style || c.style < 1 || c.style > 5) problems.push(`${where} has style ${c.style}`);
      if ((c.label?.length ?? 0) > LIMITS.buttonLabel) problems.push(`${where} label too long`);
      if (c.style === 5) {
        if (!c.url || c.custom_id !== undefined) problems.push(`${where} is a link button without url or with a custom_id`);
        continue;
      }
      const id = c.custom_id ?? '';
      if (id.length < 1 || id.length > LIMITS.customId)
        problems.push(`${where} custom_id of ${id.length} characters (1-${LIMITS.customId})`);
      if (ids.has(id)) problems.push(`${where} repeats custom_id ${id}`);
      ids.add(id);
    }
  }
  return problems;
}

interface EmbedLike {
  title?: string;
  description?: string;
  fields?: { name?: string; value?: string }[];
  footer?: { text?: string };
  author?: { name?: string };
}

/** Problems with a message body (create or edit), empty when Discord would accept it. */
export function messageProblems(body: unknown, { edit = false } = {}): string[] {
  const b = (body ?? {}) as { content?: unknown; embeds?: EmbedLike[]; allowed_mentions?: unknown; components?: unknown };
  const problems: string[] = componentProblems(b.components);
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
