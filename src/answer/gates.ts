import type { KeyTerm, QuestionAnalysis } from '../retrieval/key-terms.js';
import type { PassageSupport } from '../retrieval/support.js';
import { askedMonth, asksOutcome, onlyPlanned, publishedBefore, type TypedQuestion } from '../retrieval/tense.js';
import { asksWhether, requestedBefore, standsOnlyAhead } from '../retrieval/whether.js';
import { tokenize } from '../text/tokenize.js';
import { surfaceWords } from '../retrieval/surface-words.js';
import { LIGHT_VERBS } from '../retrieval/question-words.js';
import { MONTH_NAMES, SHORT_MONTH } from '../text/months.js';

/** One of the best passages, as the gates read it. */
export interface HeadPassage {
  text: string;
  support: PassageSupport;
  /** Its article's publication date, when known. */
  published?: string | null;
  /** The sentence before it in its article, when read: "His statements come after the plan …" sets up what it reports. */
  lead?: string;
}

/** The passages naming the most of the question's names; none when no passage names any. */
export function mostNaming<T extends HeadPassage>(pool: readonly T[]): T[] {
  const most = Math.max(0, ...pool.map((p) => p.support.entityShare));
  return most === 0 ? [] : pool.filter((p) => p.support.entityShare >= most - 1e-9);
}

/**
 * Asked how something turned out, and every best passage that names it only looks ahead: a
 * preview, not the outcome. Only the passages that name the most of what is asked about could
 * answer it. When every best passage is of an article published before the month asked about
 * ("what happened after the August meeting", from a July article), they can only look ahead too.
 */
export function previewOnly(reading: QuestionAnalysis, head: readonly HeadPassage[], typed?: TypedQuestion): boolean {
  const mostNamed = Math.max(...head.map((h) => h.support.entityShare));
  const naming = head.filter((h) => h.support.entityShare > 0 && h.support.entityShare >= mostNamed - 1e-9);
  // A best passage of an article from that month or later may report it, in words the question does not use.
  // A month in what someone is asked to have spoken about is the topic, not when: what Popolizio
  // said in July about the August 6 meeting answers "what did popolizio say about the august 6 meeting".
  const month = ABOUT_MONTH.test(reading.searchText) ? null : askedMonth(reading.searchText);
  const early = month !== null && head.every((h) => publishedBefore(h.published, month));
  const ahead = (h: HeadPassage) => onlyPlanned(h.text) || early;
  if (naming.length === 0) return false;
  return (
    (asksOutcome(reading.searchText, typed) && naming.every(ahead)) || (asksWhether(reading.searchText) && doneOnlyAhead(reading, naming))
  );
}

/** A month within what is spoken of: "about the 6th of august", "regarding the June vote". */
const ABOUT_MONTH = new RegExp(
  String.raw`\b(?:about|regarding|concerning)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:${MONTH_NAMES.join('|')}|${SHORT_MONTH})\b`,
  'i',
);

/** Words after which a verb's -ing form names a topic ("for resubmitting", "about meeting"). */
const PREPOSITION = /^(?:for|about|of|on|after|before|without|by|from|in)$/i;

/** Words opening a clause inside the question ("say when he will resubmit"), and those joining two questions ("… and when"). */
const CLAUSE_OPENER = /^(?:when|whether|if|how|what|where|why|who)$/i;
const JOINER = /^(?:and|or|but)$/i;

/**
 * Asked whether something was done ("did Almagro resubmit the proposal"), and a word of the
 * question stands in the passages naming it only as ahead ("Almagro also said he will resubmit
 * the proposal"): they announce it, they do not report it. A verb after a preposition is what the
 * asked act is about, not the act: "did Almagro give a date for resubmitting" is answered by "Almagro
 * did not set a date", whatever "will resubmit" says. So is a word in a clause the question
 * holds: "did Almagro say when he will resubmit" asks about saying.
 */
function doneOnlyAhead(reading: QuestionAnalysis, naming: readonly HeadPassage[]): boolean {
  // A light verb stands ahead whatever is asked: "customers would get new cords" and "did anyone get hurt".
  const stemOf = (w: string) => tokenize(w)[0] ?? '';
  const surface = surfaceWords(reading.searchText);
  const opens = surface.findIndex((w, i) => i > 0 && CLAUSE_OPENER.test(w.word) && !JOINER.test(surface[i - 1]!.word));
  const inClause = (t: KeyTerm) => opens > 0 && t.words.first > opens;
  // And so is what the question asks someone was asked to do: "did AMLO ask the US to restore relations".
  const asked = (t: KeyTerm) =>
    requestedBefore(
      `${surface
        .slice(0, t.words.first)
        .map((w) => w.word)
        .join(' ')} `,
    );
  const topic = (t: KeyTerm) =>
    inClause(t) || asked(t) || (/ing$/i.test(t.text) && PREPOSITION.test(surface[t.words.first - 1]?.word ?? ''));
  // Each word by every stem it is carried under: "suing" stands in "may sue".
  const words = reading.terms
    .filter((t) => !t.entity && t.alternatives[0]?.length === 1 && !LIGHT_VERBS.has(t.text.toLowerCase()) && !topic(t))
    .map((t) => t.alternatives.flatMap((form) => (form.length === 1 ? form : [])));
  return words.some((stems) => {
    const found = naming.map((h) => standsOnlyAhead(h.text, stems, stemOf)).filter((f) => f !== null);
    return found.length > 0 && found.every((f) => f);
  });
}

/** Words that ask about something without naming it: "what happened", "any news", "what's going on". */
const LIGHT = new Set(
  'happen happened happens happening go goes going went gone do did does doing done say said says think thing things stuff news new latest update updates info more else anything something everything now today up'.split(
    ' ',
  ),
);

/**
 * The question names nothing to look for ("what happened", "any news?"): no name and no word
 * but light ones. Asked on its own, any passage would be a guess; a follow-up is read with the
 * question before it, so this applies only without one.
 */
export function noSubject(reading: QuestionAnalysis): boolean {
  return reading.terms.every((t) => !t.entity && LIGHT.has(t.text.toLowerCase()));
}
