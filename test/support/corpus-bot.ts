import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ReloadingIndexProvider } from '../../src/answer/index-provider.js';
import { LocalAnswerService } from '../../src/answer/local-service.js';
import { CorpusEditor } from '../../src/index/corpus-editor.js';
import { ALWAYS_ANSWER } from '../../src/testing/always-answer.js';
import { afterAll, beforeAll } from 'vitest';
import { startStandin, type DiscordStandin } from '../../src/testing/discord-standin/index.js';
import { startBot, type RunningBot } from '../../src/testing/discord-standin/start-bot.js';
import { FakeEmbedder } from '../../src/testing/fake-embedder.js';
import { build } from './built-index.js';
import { SEED_CORPUS } from './paths.js';

/**
 * A bot that may edit its corpus: a copy of the seed corpus, its index (fake embedder), the real
 * answer service over it, and a state database, all in one folder that outlives single tests
 * (tempDir is emptied after each), so a test can restart the bot on the same files.
 */
export interface CorpusBotFiles {
  dir: string;
  corpus: string;
  indexDir: string;
  statePath: string;
  embedder: FakeEmbedder;
  remove(): void;
}

export async function corpusBotFiles(): Promise<CorpusBotFiles> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'citebot-corpus-bot-'));
  const corpus = path.join(dir, 'corpus');
  cpSync(SEED_CORPUS, corpus, { recursive: true });
  const indexDir = path.join(dir, 'index');
  const embedder = new FakeEmbedder();
  await build(corpus, indexDir, embedder);
  return {
    dir,
    corpus,
    indexDir,
    statePath: path.join(dir, 'state.sqlite'),
    embedder,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Starts the bot over `files` as the program would: a fresh answer service reading the index
 * from disk (so a restart loads whatever is current) and a corpus editor that rebuilds it.
 * Abstention is off (the fake embedder has no meaning); names the corpus never mentions are still refused.
 */
export async function startCorpusBot(files: CorpusBotFiles, standin: DiscordStandin): Promise<RunningBot> {
  const provider = new ReloadingIndexProvider({
    indexDir: files.indexDir,
    wanted: { embedder: 'auto', transformersModel: '' },
    embedderFor: () => files.embedder,
  });
  const service = new LocalAnswerService(provider, { abstain: ALWAYS_ANSWER });
  const corpus = new CorpusEditor(files.corpus, () => build(files.corpus, files.indexDir, files.embedder));
  return startBot({ service, standin, statePath: files.statePath, corpus });
}

/** The files, stand-in and bot a test file shares; `bot` changes when the test restarts it. */
export interface CorpusBotSuite {
  files: CorpusBotFiles;
  standin: DiscordStandin;
  bot: RunningBot;
  /** Stops the bot and starts a new one over the same files and stand-in, as a restart would. */
  restart(): Promise<void>;
}

/** Starts a corpus bot before the file's tests and stops it, with its stand-in and files, after them. */
export function useCorpusBot(): CorpusBotSuite {
  const suite = {
    async restart() {
      await suite.bot.stop();
      suite.bot = await startCorpusBot(suite.files, suite.standin);
    },
  } as CorpusBotSuite;
  beforeAll(async () => {
    suite.files = await corpusBotFiles();
    suite.standin = await startStandin();
    suite.bot = await startCorpusBot(suite.files, suite.standin);
  });
  afterAll(async () => {
    await suite.bot?.stop();
    await suite.standin?.close();
    suite.files?.remove();
  });
  return suite;
}
