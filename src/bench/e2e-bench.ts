/** Warm ask latency with a per-stage breakdown, and cold start of the ask CLI (cold-start.ts). */
import { createAnswerService } from '../answer/create.js';
import { composeAnswer } from '../answer/compose.js';
import { indexLookups } from '../answer/lookups.js';
import { loadConfig } from '../config.js';
import { readIndex } from '../index/store.js';
import { silentLogger } from '../logger.js';
import { abstainFeatures, isAnswerable } from '../retrieval/abstain.js';
import { ABSTAIN_MODEL } from '../retrieval/abstain-model.js';
import { DEFAULT_RETRIEVAL, retrieve } from '../retrieval/retriever.js';
import { analyseQuestion } from '../retrieval/key-terms.js';
import { supportOf } from '../retrieval/support.js';
import { tokenize } from '../text/tokenize.js';
import { benchColdStart } from './cold-start.js';
import { REPO_ROOT, say } from './paths.js';
import { ratio, summarize } from './stats.js';
import type { E2eIndexResult, StageTimes } from './types.js';

export interface E2eSpec {
  slice: string;
  indexDir: string;
  corpusDir: string;
  questions: string[];
  coldStartReps: number;
  /** Scratch folder for bench children. */
  workDir: string;
}

const envFor = (spec: E2eSpec) => ({ EMBEDDER: 'use-lite', INDEX_DIR: spec.indexDir, CORPUS_PATH: spec.corpusDir, LOG_LEVEL: 'silent' });

export async function benchE2e(spec: E2eSpec): Promise<E2eIndexResult> {
  const config = loadConfig(envFor(spec), REPO_ROOT);

  // Loading: read + verify files and prepare the search structures, then the per-query lookups.
  const loadMs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    indexLookups(readIndex(spec.indexDir));
    loadMs.push(performance.now() - t0);
  }

  const { service, current } = createAnswerService(config, { logger: silentLogger() });
  // The stages below run on the service's own index and embedder, as `ask` does.
  const { index, lookups, embedder } = await current();
  const settings = { ...DEFAULT_RETRIEVAL, k: config.topK };
  for (const q of spec.questions.slice(0, 3)) {
    await service.ask(q, { k: config.topK });
    await embedder.embed([q]);
  }

  const ask: number[] = [];
  const stageSamples: Record<string, number[]> = {};
  const add = (stage: string, ms: number) => (stageSamples[stage] ??= []).push(ms);
  let answerable = 0;
  for (const q of spec.questions) {
    let t = performance.now();
    const answer = await service.ask(q, { k: config.topK });
    ask.push(performance.now() - t);
    if (answer.answerable) answerable++;

    // The same work, stage by stage, through the functions the service calls.
    t = performance.now();
    const [vector] = await embedder.embed([q]);
    const embedMs = performance.now() - t;
    add('query embedding', embedMs);
    t = performance.now();
    await index.search.lexical(tokenize(q), settings.candidates);
    const lexicalMs = performance.now() - t;
    add('lexical search (tokenize + BM25)', lexicalMs);
    t = performance.now();
    const hits = await index.search.dense(vector!, settings.candidates);
    const vectorMs = performance.now() - t;
    add(`vector search (HNSW, k=${settings.candidates})`, vectorMs);
    // retrieve() fetches the stored vectors of the head of the fused list (k × 4) for MMR.
    t = performance.now();
    await index.search.vectors(hits.slice(0, settings.k * 4).map((h) => h.id));
    add(`stored-vector lookups for MMR (vectors.vector × ${settings.k * 4}, part of fusion + diversity)`, performance.now() - t);
    t = performance.now();
    const retrieved = await retrieve(index, q, vector!, settings);
    const retrieveMs = performance.now() - t;
    add('retrieve() total', retrieveMs);
    add('fusion + diversity (retrieve − searches)', Math.max(0, retrieveMs - lexicalMs - vectorMs));
    t = performance.now();
    const reading = analyseQuestion(q, lookups.terms);
    const head = retrieved
      .slice(0, 3)
      .map((r) => ({ text: r.passage.text, support: supportOf(reading.terms, r.passage.text, reading.answerType, '', q) }));
    const features = abstainFeatures(
      q,
      head,
      Math.max(0, ...retrieved.map((r) => r.dense ?? 0)),
      lookups.idf,
      reading.terms.some((t) => t.entity),
    );
    composeAnswer({
      question: q,
      retrieved,
      articles: lookups.articles,
      queryTerms: new Set(tokenize(q)),
      idf: lookups.idf,
      answerable: retrieved.length > 0 && isAnswerable(features, ABSTAIN_MODEL),
    });
    add('question reading + key-term check + abstain + quote selection', performance.now() - t);
  }
  const stages: StageTimes = {};
  for (const [k, v] of Object.entries(stageSamples)) stages[k] = summarize(v);
  const askS = summarize(ask);
  const embedS = stages['query embedding']!;
  say(`  ${spec.slice}: ask p50 ${askS.median.toFixed(1)} ms, embed p50 ${embedS.median.toFixed(1)} ms`);

  const coldStart = spec.coldStartReps > 0 ? await benchColdStart(envFor(spec), spec.questions, spec.coldStartReps, spec.workDir) : null;
  if (coldStart) {
    const ms = (k: keyof typeof coldStart) => coldStart[k].median.toFixed(0);
    say(
      `  ${spec.slice}: cold start compiled ${ms('compiled')} ms, tsx ${ms('tsx')} ms; model load ${ms('modelLoad')} ms, empty node ${ms('emptyNode')} ms`,
    );
  }

  return {
    slice: spec.slice,
    passages: index.passages.length,
    questions: spec.questions.length,
    answerable,
    loadMs: summarize(loadMs),
    ask: askS,
    embedOnly: embedS,
    askOverEmbed: ratio(askS.median, embedS.median),
    stages,
    coldStart,
  };
}
