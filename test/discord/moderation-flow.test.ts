import type { APIMessage } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { downvoteLines } from '../../src/eval/downvotes.js';
import { contentOf, quotes } from '../../src/testing/discord-standin/inspect.js';
import type { RunningBot } from '../../src/testing/discord-standin/start-bot.js';
import { PERMISSIONS } from '../../src/testing/discord-standin/world.js';
import { useCorpusBot } from '../support/corpus-bot.js';

/**
 * The "done when", in one run through the real discord.js client and the stand-in: add
 * an article from Discord, ask about it, vote on the answer, restart the bot, and find the vote
 * kept, the article in /sources and a declined question in /gaps.
 */
const suite = useCorpusBot();

const ARTICLE =
  '---\ntitle: "Ruritania joins the Lima Group"\noutlet: "Test Wire"\npublished: "2026-11-02"\n---\n' +
  "Ruritania's foreign minister, Elena Vostrova, announced on Monday that Ruritania will join the Lima Group.\n\n" +
  'Vostrova said the Ruritanian delegation will attend the next meeting in Lima.\n';
const QUESTION = 'What did Elena Vostrova announce?';
const manager = () => ({ user: suite.standin.world.users.moderator, permissions: PERMISSIONS.manager });
const buttonsOf = (m: APIMessage) => [...JSON.stringify(m.components ?? []).matchAll(/"custom_id":"([^"]+)"/g)].map((x) => x[1]!);
const lastWith = (prefix: string) =>
  suite.standin
    .messagesIn(suite.standin.world.channels.general.id)
    .filter((m) => buttonsOf(m).some((id) => id.startsWith(prefix)))
    .at(-1)!;

async function ask(question: string) {
  const { answer } = await suite.bot.answered(suite.bot.command('ask', { options: { question } }));
  return contentOf(answer);
}

/** The text of a command's reply: a direct reply, or the deferred one's edit and its follow-ups. */
async function reply(name: string, input: Parameters<RunningBot['command']>[1]) {
  const sent = suite.bot.command(name, input);
  const callback = await suite.standin.requests.wait((r) => r.path.startsWith(`/interactions/${sent.interaction.id}/`), {
    from: sent.mark,
  });
  if ((callback.body as { type: number }).type === 4) return contentOf(callback);
  const { answer } = await suite.bot.answered(sent);
  return [answer, ...suite.bot.callsFor(sent.interaction).filter((r) => r.method === 'POST' && !r.path.endsWith('/callback'))]
    .map(contentOf)
    .join('\n');
}

describe('moderator tools, end to end', () => {
  it('adds an article from Discord, answers and rates it, and keeps vote, article and gaps across a restart', async () => {
    // Before the article exists, the question is declined, and one about a subject nobody covers too.
    expect(await ask(QUESTION)).toMatch(/The corpus never mentions/);
    expect(await ask('Who won the 2018 FIFA World Cup?')).toMatch(/The corpus never mentions/);

    // A moderator uploads the article, sees it shown back and confirms it.
    const file = suite.standin.upload('ruritania.md', ARTICLE);
    const preview = await reply('corpus', { ...manager(), subcommand: 'add', attachments: { file } });
    expect(preview).toMatch(/Ruritania joins the Lima Group\*\* · Test Wire · 2026-11-02 · 1 passage/);
    const confirm = suite.bot.click(lastWith('corpus:add:'), buttonsOf(lastWith('corpus:add:'))[0]!, manager());
    await suite.standin.requests.wait(
      (r) => r.method === 'PATCH' && r.path.includes(confirm.interaction.token) && /Added/.test(contentOf(r)),
      {
        from: confirm.mark,
        timeoutMs: 20_000,
      },
    );

    // The running bot answers from it at once, with vote buttons; a member rates the answer 👎.
    const answer = await ask(QUESTION);
    expect(quotes(answer).join('\n')).toMatch(/Elena Vostrova, announced on Monday that Ruritania will join the Lima Group/);
    const voted = lastWith('vote:down:');
    const down = buttonsOf(voted).find((id) => id.startsWith('vote:down:'))!;
    const vote = suite.bot.click(voted, down);
    await suite.standin.requests.wait((r) => r.path.startsWith(`/interactions/${vote.interaction.id}/`), { from: vote.mark });

    // Restart: a new client, service and database connection over the same files and server.
    await suite.restart();

    const [kept] = downvoteLines(suite.bot.state);
    expect(kept).toMatchObject({ question: QUESTION, answered: true, down: 1, guildId: suite.standin.world.guildId });
    expect(kept!.passageIds.some((id) => id.startsWith('ruritania-joins-the-lima-group-'))).toBe(true);
    expect(await reply('sources', {})).toMatch(/Test Wire, \*Ruritania joins the Lima Group\*, 2026-11-02/);
    const gaps = await reply('gaps', manager());
    expect(gaps).toMatch(/“who won the 2018 fifa world cup” · 1×/);
    expect(gaps).toMatch(/“what did elena vostrova announce” · 1×/);
  });
});
