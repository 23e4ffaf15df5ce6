import type { ServedIndex } from '../index/search-backend.js';
import { speakerForms, spokenTopic } from '../retrieval/asked-speaker.js';
import { carriedBy, NO_TITLE } from '../retrieval/naming.js';
import { tokenize } from '../text/tokenize.js';
import type { KeyTerm, QuestionAnalysis } from '../retrieval/key-terms.js';
import type { RankInput } from '../retrieval/rerank.js';
import { retrieve, type Retrieved, type RetrievalSettings } from '../retrieval/retriever.js';
import { reportsSpeaking } from '../retrieval/speaker.js';
import { speakerSilent } from './speaker-gate.js';

/** How many passages naming the asked speaker are searched when the pool has none of them speaking. */
const RECALL = 10;

/**
 * Asked what someone said, and no candidate reports them speaking: the passages that do, found
 * by the question's names alone, to add to the pool. Among thousands of articles the question's other
 * words pull in passages that only sound alike ("what did amlo say about the visas" filled the
 * pool with visa stories), and the refusal would say no passage reports AMLO speaking while
 * "López Obrador asked the United States …" does. What is added joins the pool with no fused or
 * lexical score of its own, so the ranker does not favour it; the speakers' order and the
 * refusal read it. Empty for any other question, or when the pool already holds a speaker.
 */
export async function recallSpeakers(
  index: ServedIndex,
  reading: QuestionAnalysis,
  vector: Float32Array,
  retrieval: RetrievalSettings,
  candidates: readonly RankInput[],
  candidateOf: (r: Retrieved) => RankInput,
): Promise<RankInput[]> {
  const read = (cs: readonly RankInput[]) => cs.map((c) => ({ text: c.text, support: c.support }));
  const silent = speakerSilent(reading, read(candidates));
  if (silent === null) return [];
  // Their names (a body's head's, when its head is asked), and the other names asked about, which a passage must carry too.
  const terms = [...new Set([...silent.who.map((t) => t.headedBy ?? t.alternatives), ...silent.about.map((t) => t.alternatives)].flat(2))];
  const settings = { ...retrieval, mode: 'bm25' as const, k: RECALL, perArticleCap: RECALL, mmrLambda: 1 };
  const found = await retrieve(index, terms.join(' '), vector, settings, terms);
  const have = new Set(candidates.map((c) => c.retrieved.passage.id));
  const forms = speakerForms(silent.who);
  const about = silent.about.map((t) => reading.terms.indexOf(t));
  const named = found
    .filter((r) => !have.has(r.passage.id))
    .map((r) => candidateOf({ ...r, score: 0, lexical: null }))
    .filter((c) => about.every((i) => c.support.carried[i] === true) && reportsSpeaking(c.text, forms));
  const topic = (spokenTopic(reading)?.terms ?? []).filter((t) => !t.entity);
  const after = followers(index, topic, [...candidates, ...named], have, candidateOf);
  return [...named, ...after.filter((c) => reportsSpeaking(c.text, forms))];
}

/**
 * The passage after each one carrying a common word of what the speaker is asked to have spoken
 * about, among `found` and in the articles of those where they speak: "His statements come after
 * the plan … to grant 24,000 humanitarian visas" is followed by "The Mexican president considered
 * that …", which names neither AMLO nor the visas.
 */
function followers(
  index: ServedIndex,
  topic: readonly KeyTerm[],
  found: readonly RankInput[],
  have: ReadonlySet<string>,
  candidateOf: (r: Retrieved) => RankInput,
): RankInput[] {
  if (topic.length === 0) return [];
  const stems = (text: string) => new Set(tokenize(text));
  const carries = (text: string) => carriedBy(topic, stems(text), NO_TITLE).some(Boolean);
  const articles = new Set(found.map((c) => c.retrieved.passage.articleId));
  const carrying = index.passages.filter((p) => articles.has(p.articleId) && carries(p.text));
  const next = carrying.map((p) => p.id.replace(/#(\d+)$/, (_m, n: string) => `#${Number(n) + 1}`));
  return [...new Set(next)]
    .filter((id) => !have.has(id) && index.labels.has(id))
    .map((id) => candidateOf({ passage: index.passages[index.labels.get(id)!]!, score: 0, dense: null, lexical: null }));
}
