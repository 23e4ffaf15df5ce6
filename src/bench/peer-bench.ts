/**
 * One side of the side-by-side benchmark (citebot or its LangChain.js peer) over one corpus, run
 * in its own child process so that resident memory compares: cold build, then every question,
 * each answer checked for verbatim text and page chrome.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createAnswerService } from '../answer/create.js';
import { quoteParts } from '../answer/quote-parts.js';
import type { QuotedPassage } from '../answer/types.js';
import { loadConfig } from '../config.js';
import { cleanArticle } from '../corpus/clean.js';
import { loadCorpus } from '../corpus/load.js';
import { UseLiteEmbedder } from '../embed/use-lite.js';
import { readQa, type QaItem } from '../eval/qa.js';
import { isAnswerableItem } from '../eval/score.js';
import { buildIndex } from '../index/build.js';
import { silentLogger } from '../logger.js';
import { collectGarbage, rssMiB } from './machine.js';
import { REPO_ROOT, say } from './paths.js';
import { buildLangChainPeer, PEER_K, type PeerSource } from './peer-langchain.js';
import { chromeLines, evidenceRank, isVerbatim, rankMetrics, type ReturnedText, type SourceArticle } from './returned-check.js';
import type { PeerSetResult, PeerSideResult } from './side-types.js';
import { summarize } from './stats.js';

export interface PeerSideParams {
  side: 'citebot' | 'langchain';
  corpus: string;
  corpusPaths: string[];
  /** Question sets; `english` asks each item's English form. */
  sets: { name: string; file: string; english: boolean }[];
  /** A fresh folder for citebot's index. */
  workDir: string;
}

interface Asked {
  returned: ReturnedText[];
  refused: boolean;
}

/** Every article of the corpus: what the peer reads, and what the checks compare with. */
async function readSources(corpusPaths: string[]): Promise<{ peer: PeerSource[]; check: Map<string, SourceArticle> }> {
  const peer: PeerSource[] = [];
  const check = new Map<string, SourceArticle>();
  for (const p of corpusPaths) {
    const root = statSync(p).isDirectory() ? p : path.dirname(p);
    for (const a of (await loadCorpus(p)).articles) {
      // The peer reads files whole, as a LangChain TextLoader does; a JSON Lines record is its text.
      const raw = a.format === 'jsonl' ? a.raw : readFileSync(path.join(root, a.source.file), 'utf8');
      peer.push({ articleId: a.id, text: raw });
      check.set(a.id, { raw, cleaned: cleanArticle(a).text });
    }
  }
  return { peer, check };
}

async function build(params: PeerSideParams, sources: PeerSource[]): Promise<{ units: number; ask: (q: string) => Promise<Asked> }> {
  const embedder = new UseLiteEmbedder();
  if (params.side === 'langchain') {
    const peer = await buildLangChainPeer(sources, embedder);
    return { units: peer.chunks, ask: async (q) => ({ returned: await peer.ask(q), refused: false }) };
  }
  const indexDir = path.join(params.workDir, 'index');
  const built = await buildIndex({ corpusPaths: params.corpusPaths, indexDir, embedder, cacheDir: path.join(params.workDir, 'cache') });
  const env = { EMBEDDER: 'use-lite', INDEX_DIR: indexDir, CORPUS_PATH: params.corpusPaths[0]!, LOG_LEVEL: 'silent', TRANSLATOR: 'off' };
  const { service } = createAnswerService(loadConfig(env, REPO_ROOT), { indexDir, logger: silentLogger() });
  return {
    units: built.manifest.counts.passages,
    ask: async (q) => {
      const answer = await service.ask(q, { k: PEER_K });
      return {
        returned: answer.passages.map((p) => ({ ...shown(p), articleId: p.articleId })),
        refused: !answer.answerable,
      };
    },
  };
}

/** What a reader is shown of a quote: its parts one per line, each line break a gap to check across. */
function shown(p: QuotedPassage): { text: string; gaps: number[] } {
  const parts = quoteParts(p);
  const gaps = parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('\n').length);
  return { text: parts.join('\n'), gaps };
}

export async function runPeerSide(params: PeerSideParams): Promise<PeerSideResult> {
  const t0 = performance.now();
  await new UseLiteEmbedder().describe(); // the model is shared by every instance in the process
  const modelLoadMs = performance.now() - t0;
  const t1 = performance.now();
  const sources = await readSources(params.corpusPaths);
  const side = await build(params, sources.peer);
  const buildMs = performance.now() - t1;

  const sets = params.sets.map((s) => ({
    name: s.name,
    items: readQa(s.file).map((i): QaItem => (s.english && i.kind === 'evidence' && i.english ? { ...i, question: i.english } : i)),
  }));
  for (const q of sets[0]!.items.slice(0, 3)) await side.ask(q.question);

  const latency: number[] = [];
  const texts: ReturnedText[] = [];
  const allRanks: (number | null)[] = [];
  const setResults: PeerSetResult[] = [];
  for (const set of sets) {
    const ranks: (number | null)[] = [];
    let answerableRefused = 0;
    let unanswerableRefused = 0;
    for (const item of set.items) {
      const t = performance.now();
      const asked = await side.ask(item.question);
      latency.push(performance.now() - t);
      texts.push(...asked.returned);
      if (isAnswerableItem(item)) {
        ranks.push(evidenceRank(item, asked.returned));
        if (asked.refused) answerableRefused++;
      } else if (asked.refused) unanswerableRefused++;
    }
    allRanks.push(...ranks);
    const m = rankMetrics(ranks);
    setResults.push({ set: set.name, answerable: m.n, unanswerable: set.items.length - m.n, ...m, answerableRefused, unanswerableRefused });
  }

  const chrome = texts.map((r) => chromeLines(r, sources.check.get(r.articleId)!));
  collectGarbage();
  const result: PeerSideResult = {
    side: params.side,
    corpus: params.corpus,
    articles: sources.peer.length,
    units: side.units,
    modelLoadMs,
    buildMs,
    latency: summarize(latency),
    rssMiB: rssMiB(),
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    returned: texts.length,
    meanChars: texts.reduce((s, r) => s + r.text.length, 0) / Math.max(1, texts.length),
    notVerbatim: texts.filter((r) => !isVerbatim(r, sources.check.get(r.articleId)!)).length,
    withChrome: chrome.filter((lines) => lines.length > 0).length,
    chromeExamples: [...new Set(chrome.flat())].slice(0, 5).map((l) => l.slice(0, 120)),
    sets: setResults,
    overall: rankMetrics(allRanks),
  };
  say(`  ${params.side} on ${params.corpus}: build ${(buildMs / 1000).toFixed(1)} s, hit@5 ${result.overall.hit5.toFixed(3)}`);
  return result;
}
