import type { KeyTerm, QuestionAnalysis } from '../retrieval/key-terms.js';
import { speakerForms, speakerTerms, spokenTopic } from '../retrieval/asked-speaker.js';
import { carriedBy, headStems, NO_TITLE } from '../retrieval/naming.js';
import { speakingSentences } from '../retrieval/speaker.js';
import { sentenceTerms } from '../retrieval/support.js';
import { isPlaceName } from '../text/geo.js';
import { surfaceWords } from '../retrieval/surface-words.js';
import type { HeadPassage } from './gates.js';

/**
 * The check of a question asking what someone said: a passage must report them speaking, of
 * what they are asked to have spoken about. Who is asked, and whether a sentence reports them
 * speaking, are read in retrieval/asked-speaker.ts and retrieval/speaker.ts. Pure.
 */

/** Who a question asks to have spoken, and the names it asks them to have spoken about. */
export interface SilentSpeaker {
  /** The name's words, as the question's terms ("samuel", "moncada"). */
  who: readonly KeyTerm[];
  about: readonly KeyTerm[];
  /** What they are asked to have spoken about, as asked ("the invitation"), when the question names it after "about". */
  topic?: string;
}

/**
 * Asked what someone said ("what did Trump say about Venezuela"), and every passage found that
 * names them, with the names they are asked to have spoken about, only speaks about them:
 * returns that name, or null. "What did Maduro say about the Lima Group" is not answered by
 * Maduro speaking of a coup in one article and the Lima Group in another. Asked what they said
 * about something in common words ("about the invitation", "about Venezuelan diplomats"), one of
 * those words must stand where they speak, or in the sentence after; names need only stand in the passage. A place speaks
 * through its officials ("what did Colombia say"): it is judged only on what it is asked to have
 * spoken about. A name no passage found carries is left out.
 */
export function speakerSilent(reading: QuestionAnalysis, pool: readonly HeadPassage[]): SilentSpeaker | null {
  const { who, about, topic, near, phrase, place } = readAsked(reading);
  if (place && topic.length === 0) return null;
  if (who.length === 0) return null;
  // A place's officials speak in passages that set the scene first: a name may stand anywhere in one.
  const inText = (p: HeadPassage, t: KeyTerm) => place && carriedBy([t], new Set(sentenceTerms(p.text).tokens.flat()), NO_TITLE)[0]!;
  const carries = (p: HeadPassage, t: KeyTerm) => p.support.carried[reading.terms.indexOf(t)] === true || inText(p, t);
  const naming = pool.filter((p) => who.some((t) => carries(p, t)) && about.every((t) => carries(p, t)));
  const forms = speakerForms(who);
  if (naming.some((p) => speaksOf(p, forms, near))) return null;
  // With nothing asked about, a name no passage carries is left to the other checks.
  if (naming.length === 0 && about.length === 0) return null;
  return { who, about, ...(topic.length > 0 ? { topic: phrase! } : {}) };
}

/**
 * Asked what someone said about something ("think of the visa plan", "say about the US"):
 * whether a passage names every other name asked about and has them speak of it where they
 * speak, as {@link speakerSilent} reads it; null for any other question. Quotes are ordered by
 * it. Asked about names only, a passage has them speak and names those in its own text: "López
 * Obrador asked the United States to …" before "The Mexican president asked that …" in an
 * article whose headline alone names the US. Not where they speak: Venezuela is named everywhere.
 */
export function speaksOfTopic(reading: QuestionAnalysis): ((p: HeadPassage) => boolean) | null {
  const { who, about, near } = readAsked(reading);
  if ((near.length === 0 && about.length === 0) || who.length === 0) return null;
  const forms = speakerForms(who);
  const at = about.map((t) => reading.terms.indexOf(t));
  const own = (p: HeadPassage) => carriedBy(about, new Set(sentenceTerms(p.text).tokens.flat()), NO_TITLE).every(Boolean);
  return (p) =>
    at.every((i) => p.support.carried[i] === true) && (near.length > 0 ? speaksOf(p, forms, near) : own(p) && speaksOf(p, forms, []));
}

/** Who a speaker question asks to have spoken, the other names it asks about, and what it asks them to have spoken of. */
function readAsked(reading: QuestionAnalysis) {
  const asked = speakerTerms(reading);
  const spoken = spokenTopic(reading);
  const topic = spoken?.terms.filter((t) => !asked.includes(t)) ?? [];
  return {
    who: asked.filter((t) => t.inCorpus && !t.noun),
    about: reading.terms.filter((t) => t.entity && t.inCorpus && !asked.includes(t)),
    topic,
    // "Colombia stressed …" answers "what did colombia say about venezuela" in a passage on Venezuela's attack.
    // Asked about "venezuelan diplomats", the common word is what they must speak of: Venezuela is named everywhere.
    near: nearWords(topic, reading.searchText),
    phrase: spoken?.phrase,
    place: asked.some((t) => isPlaceName(t.text)),
  };
}

/**
 * The words of what someone is asked to have spoken of that must stand where they speak: its
 * common words, and the name ending it when common words come first ("about comparing the
 * assembly govt to hitler": "Pugh said it would be crass to liken a quango review to Hitler's
 * Germany" speaks of it in other words). A name only modifying the common word ending it
 * ("venezuelan diplomats") or owning it ("the plan of the US") is named everywhere; a topic of
 * names alone is judged in the passage.
 */
function nearWords(topic: readonly KeyTerm[], searchText: string): KeyTerm[] {
  const common = topic.filter((t) => !t.entity);
  const last = topic.reduce<KeyTerm | undefined>((l, t) => (l === undefined || t.words.first > l.words.first ? t : l), undefined);
  if (last?.entity !== true || common.length === 0) return common;
  // "The plan of the US" (a translation keeps Spanish order: "plan de visas de EE. UU.") is the plan: the name only owns it.
  const before = surfaceWords(searchText)[last.words.first - 1]?.folded;
  return before === 'of' || before === 'the' ? common : [...common, last];
}

/**
 * True when the name of `forms` speaks in `p` with a word of `topic` (if any) in that sentence,
 * the next, or the one before when it names them too or opens on a pronoun: "The announcement
 * … was made by Bill Gates … at the RSA Security conference. … Mr Gates said IE7 would include
 * new protections". Before the first sentence stands the passage's lead.
 */
function speaksOf(p: HeadPassage, forms: readonly (readonly string[])[], topic: readonly KeyTerm[]): boolean {
  const speaking = speakingSentences(p.text, forms);
  if (topic.length === 0 || speaking.length === 0) return speaking.length > 0;
  // The sentences' terms as support reads them, dates included ("the 6th of august" is "August 6").
  const { sentences, tokens } = sentenceTerms(p.text);
  const lead = p.lead ? sentenceTerms(p.lead).tokens.flat() : [];
  const heads = headStems(forms);
  const before = (at: number) => {
    const text = at === 0 ? (p.lead ?? '') : p.text.slice(sentences[at - 1]!.start, sentences[at - 1]!.end);
    const stems = at === 0 ? lead : tokens[at - 1]!;
    return stems.some((stem) => heads.has(stem)) || REFERS_BACK.test(text) ? stems : [];
  };
  return speaking.some((at) =>
    carriedBy(topic, new Set([...before(at), ...tokens[at]!, ...(tokens[at + 1] ?? [])]), NO_TITLE).some(Boolean),
  );
}

/** A sentence opening on a pronoun, which speaks of whom the text spoke of before: "His statements come after …". */
const REFERS_BACK = /^\W*(?:he|she|they|his|her|their)\b/i;
