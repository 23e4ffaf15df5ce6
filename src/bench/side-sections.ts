/** Runs the side-by-side sections of `npm run bench`: the LangChain.js peer, and the MiniLM-shaped transformers path. */
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSetLocation } from '../eval/data-sets.js';
import { evenlySpaced, passagesOf, writeSlice } from './corpus.js';
import type { MinilmParams } from './minilm-bench.js';
import { CACHE_DIR, REPO_ROOT, runChild, say, SEED_CORPUS } from './paths.js';
import type { PeerSideParams } from './peer-bench.js';
import type { MinilmSection, PeerCorpusResult, PeerSection, PeerSideResult } from './side-types.js';

/** What a mode measures here; `bbcArticles` null means all of BBC News. */
export interface SidePlan {
  peer: { bbcArticles: number | null };
  minilm: { texts: number; repetitions: number; queries: number; askBbcArticles: number | null };
}

export interface SideContext {
  bbc: DataSetLocation;
  workDir: string;
  questions: string[];
  notMeasured: (part: string, reason: string) => void;
}

const evalFile = (name: string) => path.join(REPO_ROOT, 'eval', `${name}.jsonl`);
/** The project's held-out question sets (English forms of the multilingual ones) and the dev set. */
const SEED_SETS = [
  { name: 'casual-test', file: evalFile('casual-test'), english: false },
  { name: 'near-topic-test', file: evalFile('near-topic-test'), english: false },
  { name: 'dev-reworded', file: evalFile('dev-reworded'), english: false },
  { name: 'multilingual-test (English forms)', file: evalFile('multilingual-test'), english: true },
];

/** Writes seed + the BBC articles the plan asks for; returns the corpus paths and a name. */
function bbcCorpus(ctx: SideContext, articles: number | null, tag: string): { name: string; paths: string[] } | null {
  if (!ctx.bbc.found) return null;
  if (articles === null) return { name: 'seed + BBC (2,225 articles)', paths: [SEED_CORPUS, ctx.bbc.file] };
  const dir = writeSlice(ctx.bbc.file, articles, path.join(ctx.workDir, `${tag}-bbc-${articles}`), `bbc-${articles}`);
  return { name: `seed + BBC slice (${articles} articles)`, paths: [SEED_CORPUS, dir] };
}

export async function peerSection(plan: SidePlan['peer'], ctx: SideContext): Promise<Omit<PeerSection, 'load' | 'durationMs'>> {
  const corpora = [{ name: 'seed', paths: [SEED_CORPUS], sets: SEED_SETS }];
  const notes: string[] = [];
  const withBbc = bbcCorpus(ctx, plan.bbcArticles, 'peer');
  if (!withBbc) {
    if (!ctx.bbc.found) ctx.notMeasured('the peer comparison over seed + BBC News', ctx.bbc.reason);
  } else if (plan.bbcArticles === null) {
    corpora.push({ ...withBbc, sets: [...SEED_SETS, { name: 'bbc-test', file: evalFile('bbc-test'), english: false }] });
  } else {
    corpora.push({ ...withBbc, sets: SEED_SETS });
    notes.push(
      `Quick mode: BBC as a ${plan.bbcArticles}-article slice of distractors, so the BBC questions (eval/bbc-test.jsonl) were not asked; a full run uses all 2,225 articles and asks them.`,
    );
  }
  const results: PeerCorpusResult[] = [];
  for (const corpus of corpora) {
    const entry: PeerCorpusResult = { corpus: corpus.name, citebot: null, langchain: null, errors: [] };
    for (const side of ['citebot', 'langchain'] as const) {
      const workDir = path.join(ctx.workDir, `peer-${side}-${results.length}`);
      rmSync(workDir, { recursive: true, force: true });
      mkdirSync(workDir, { recursive: true });
      say(`peer: ${side} over ${corpus.name} (own process)`);
      const params: PeerSideParams = { side, corpus: corpus.name, corpusPaths: corpus.paths, sets: corpus.sets, workDir };
      try {
        entry[side] = await runChild<PeerSideResult>('peer', params, ctx.workDir);
      } catch (error) {
        entry.errors.push(`${side}: ${error instanceof Error ? error.message : String(error)}`);
      }
      rmSync(workDir, { recursive: true, force: true });
    }
    results.push(entry);
  }
  return { corpora: results, notes };
}

export async function minilmSection(plan: SidePlan['minilm'], ctx: SideContext): Promise<Omit<MinilmSection, 'load' | 'durationMs'>> {
  const notes: string[] = [];
  const source = ctx.bbc.found ? ctx.bbc.file : SEED_CORPUS;
  if (!ctx.bbc.found)
    ctx.notMeasured('MiniLM-shaped speed on BBC passages and a BBC index; seed passages and the seed index were used', ctx.bbc.reason);
  const { texts: all } = await passagesOf(source);
  const texts = evenlySpaced(all.length, plan.texts).map((i) => all[i]!);
  const askCorpus = bbcCorpus(ctx, plan.askBbcArticles, 'minilm') ?? { name: 'seed', paths: [SEED_CORPUS] };
  if (ctx.bbc.found && plan.askBbcArticles !== null) notes.push(`Quick mode: warm ask over ${askCorpus.name}, not all of BBC.`);
  const params: MinilmParams = {
    modelsDir: path.join(CACHE_DIR, 'models'),
    texts,
    queries: ctx.questions.slice(0, plan.queries),
    repetitions: plan.repetitions,
    ask: { corpus: askCorpus.name, corpusPaths: askCorpus.paths, workDir: path.join(ctx.workDir, 'minilm') },
  };
  const result = await runChild<Omit<MinilmSection, 'bbcEstimate' | 'load' | 'durationMs'>>('minilm', params, ctx.workDir);
  const cores = os.availableParallelism();
  let bbcEstimate: MinilmSection['bbcEstimate'] = null;
  if (ctx.bbc.found) {
    // Passages / (passages per CPU-second × cores): the encoder alone on every core, the best a cold build can do.
    const passages = (await passagesOf(ctx.bbc.file)).texts.length;
    const minutes = (r: number) => passages / (r * cores) / 60;
    const [minilm, useLite] = result.rates;
    bbcEstimate = { passages, cores, minutes: minutes(minilm!.batched.cpu.median), useLiteMinutes: minutes(useLite!.batched.cpu.median) };
  }
  return { ...result, bbcEstimate, notes: [...result.notes, ...notes] };
}
