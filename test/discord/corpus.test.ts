import { readdirSync } from 'node:fs';
import type { APIMessage } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/discord/commands/index.js';
import type { RecordedRequest } from '../../src/testing/discord-standin/index.js';
import { contentOf, sendProblems } from '../../src/testing/discord-standin/inspect.js';
import { autocomplete } from '../../src/testing/discord-standin/payloads.js';
import { PERMISSIONS } from '../../src/testing/discord-standin/world.js';
import { useCorpusBot } from '../support/corpus-bot.js';

/** `/corpus add` and `/corpus remove` through the real discord.js client, the stand-in and a real index. */
const suite = useCorpusBot();

const manager = () => ({ user: suite.standin.world.users.moderator, permissions: PERMISSIONS.manager });
const story = (name: string) =>
  `---\ntitle: "${name} joins the Lima Group"\noutlet: "Test Wire"\npublished: "2026-11-02"\n---\n` +
  `${name}'s foreign minister announced on Monday that ${name} will join the Lima Group, and said the ${name} delegation will attend the next meeting in Lima.\n\n` +
  `The minister added that ${name} supports new elections in Venezuela.\n`;

/** Runs `/corpus add` with an uploaded file and returns the final private reply (the preview, or why not). */
async function add(filename: string, content: string | Buffer, options: Record<string, string> = {}) {
  const file = suite.standin.upload(filename, content);
  const sent = suite.bot.command('corpus', { ...manager(), subcommand: 'add', options, attachments: { file } });
  const reply = await suite.bot.answered(sent);
  return { reply: reply.answer, file };
}

/** The stored message whose buttons carry `prefix`, newest first. */
const withButton = (prefix: string): APIMessage =>
  suite.standin
    .messagesIn(suite.standin.world.channels.general.id)
    .filter((m) => JSON.stringify(m.components ?? []).includes(prefix))
    .at(-1)!;
const customIds = (m: APIMessage) => [...JSON.stringify(m.components ?? []).matchAll(/"custom_id":"([^"]+)"/g)].map((x) => x[1]!);

/** Clicks a preview button and waits for the message's final text. */
async function click(message: APIMessage, customId: string, final: RegExp) {
  const sent = suite.bot.click(message, customId, manager());
  const ack = await suite.standin.requests.wait((r) => r.path.startsWith(`/interactions/${sent.interaction.id}/`), { from: sent.mark });
  expect(ack.body).toMatchObject({ type: 7 });
  if (final.test(contentOf(ack))) return ack;
  return suite.standin.requests.wait((r) => r.method === 'PATCH' && r.path.includes(sent.interaction.token) && final.test(contentOf(r)), {
    from: sent.mark,
    timeoutMs: 20_000,
  });
}

async function sourcesText(): Promise<string> {
  const sent = suite.bot.command('sources');
  const { answer } = await suite.bot.answered(sent);
  return (
    suite.bot
      .callsFor(sent.interaction)
      .filter((r) => r.method !== 'POST' || !r.path.endsWith('/callback'))
      .map(contentOf)
      .join('\n') || contentOf(answer)
  );
}

describe('/corpus add', () => {
  it('is registered for server managers only', () => {
    expect(commands.corpus.data.toJSON().default_member_permissions).toBe(String(PERMISSIONS.manager & ~PERMISSIONS.moderator));
  });

  it('shows the cleaned article back (title, date, first passage, passage count) with confirm and cancel buttons', async () => {
    const { reply, file } = await add('ruritania.md', story('Ruritania'));
    expect(suite.standin.downloads.get(file.id)).toBe(1);
    expect(sendProblems(reply)).toEqual([]);
    const text = contentOf(reply);
    expect(text).toMatch(/\*\*Ruritania joins the Lima Group\*\* · Test Wire · 2026-11-02 · 1 passage\(s\)/);
    expect(text).toMatch(/> Ruritania's foreign minister announced on Monday/);
    const ids = customIds(withButton('corpus:add:'));
    expect(ids).toHaveLength(2);
    expect(ids.every((id) => id.length <= 100)).toBe(true);
  });

  it('writes nothing until confirmed; cancel drops the upload', async () => {
    const before = readdirSync(suite.files.corpus).sort();
    const message = withButton('corpus:add:');
    const cancel = customIds(message).find((id) => id.startsWith('corpus:cancel:'))!;
    await click(message, cancel, /Cancelled/);
    expect(readdirSync(suite.files.corpus).sort()).toEqual(before);
    const again = await click(
      message,
      customIds(message).find((id) => id.startsWith('corpus:add:'))!,
      /already handled/,
    );
    expect(contentOf(again)).toMatch(/nothing was changed/);
  });

  it('on confirm writes the article, rebuilds, and the running bot answers from it and lists it in /sources', async () => {
    await add('ruritania.md', story('Ruritania'), { link: 'https://example.org/ruritania' });
    const done = await click(withButton('corpus:add:'), customIds(withButton('corpus:add:'))[0]!, /Added/);
    expect(contentOf(done)).toMatch(/Added “Ruritania joins the Lima Group”\. The index now holds 6 articles/);
    expect(readdirSync(suite.files.corpus).some((f) => f.startsWith('ruritania-joins-the-lima-group-'))).toBe(true);
    expect(await sourcesText()).toMatch(/Ruritania joins the Lima Group.*2026-11-02/);
    const { answer } = await suite.bot.answered(
      suite.bot.command('ask', { options: { question: 'What did the Ruritania foreign minister announce?' } }),
    );
    expect(contentOf(answer)).toMatch(/Ruritania will join the Lima Group/);
  });

  it('lands two moderators’ articles added at once, one build after the other', async () => {
    await add('a.md', story('Freedonia'));
    const first = withButton('corpus:add:');
    await add('b.md', story('Sylvania'));
    const second = withButton('corpus:add:');
    await Promise.all([click(first, customIds(first)[0]!, /Added/), click(second, customIds(second)[0]!, /Added/)]);
    const listed = await sourcesText();
    expect(listed).toMatch(/Freedonia joins/);
    expect(listed).toMatch(/Sylvania joins/);
  });

  it('refuses binary, empty, oversized and duplicate files privately, changing nothing', async () => {
    const before = readdirSync(suite.files.corpus).sort();
    const cases: [string, string | Buffer, RegExp][] = [
      ['photo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), /binary/],
      ['empty.txt', '   \n', /empty/],
      ['huge.md', 'x'.repeat(3 * 1024 * 1024), /articles may be at most 2048 KiB/],
      ['again.md', story('Ruritania'), /already in the corpus/],
      ['paper.pdf', '%PDF-1.4', /the corpus takes/],
    ];
    for (const [name, content, why] of cases) {
      const { reply } = await add(name, content);
      expect(contentOf(reply), name).toMatch(why);
      expect(reply.body).not.toHaveProperty('components');
    }
    expect(readdirSync(suite.files.corpus).sort()).toEqual(before);
  });

  it('refuses a member without Manage Server', async () => {
    const file = suite.standin.upload('x.md', story('Elbonia'));
    const sent = suite.bot.command('corpus', { subcommand: 'add', attachments: { file }, permissions: PERMISSIONS.moderator });
    const reply = await suite.standin.requests.wait((r: RecordedRequest) => r.path.startsWith(`/interactions/${sent.interaction.id}/`), {
      from: sent.mark,
    });
    expect(contentOf(reply)).toMatch(/Only members who can manage this server/);
    expect(suite.standin.downloads.get(file.id) ?? 0).toBe(0);
  });
});

describe('/corpus remove', () => {
  it('autocompletes articles by title and removes the chosen one from the index', async () => {
    const typed = autocomplete(suite.standin.world, 'corpus', 'article', {
      ...manager(),
      subcommand: 'remove',
      options: { article: 'sylvania' },
    });
    const from = suite.standin.requests.mark;
    suite.standin.interact(typed);
    const choices = await suite.standin.requests.wait((r) => r.path.startsWith(`/interactions/${typed.id}/`), { from });
    const [choice] = (choices.body as { data: { choices: { name: string; value: string }[] } }).data.choices;
    expect(choice!.name).toMatch(/^Sylvania joins the Lima Group \(2026-11-02\)$/);
    const sent = suite.bot.command('corpus', { ...manager(), subcommand: 'remove', options: { article: choice!.value } });
    const { answer } = await suite.bot.answered(sent);
    expect(contentOf(answer)).toMatch(/Removed \*\*Sylvania joins the Lima Group\*\*/);
    expect(await sourcesText()).not.toMatch(/Sylvania/);
  });
});
