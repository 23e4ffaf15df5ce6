/**
 * Questions about a decisive outcome ("did X get convicted", "did A beat B", "was Y banned",
 * "when was X elected"), and passages that report such an outcome. A passage about the trial,
 * the bid or the charge, written before the verdict, shares every name of the question yet
 * cannot answer it: the outcome is what the question hinges on. Pure; English (a translated
 * question is read in its English reading).
 */
import { endedUpKind } from './ended-up.js';
import { becomingKind, OUTCOMES } from './outcome-kinds.js';
import { asksWhether, OPENING_FILLER } from './whether.js';

/**
 * Just before a word: it speaks of the outcome as possible ("could be banned"), as a risk
 * ("could face a jail sentence", "faces up to 85 years in prison"), on a condition ("if found
 * guilty") or as not to come ("won't resign"). Such a word answers no question about it.
 */
const UNCERTAIN =
  /\b(?:(?:could|can|may|might|should|must|cannot|can['’]t|won['’]t)\s+(?:be\s+|have\s+been\s+)?|(?:faces?|facing|risks?|risking)\b[^.;]{0,30}|(?:if|unless)\s+(?:\w+\s+){0,2})$/i;

/** Just before a word: it speaks of the outcome as ahead ("bid to win", "will meet"), which answers only a question asked ahead. */
const AHEAD = /\b(?:to|will|would|hopes?|bid)\s+(?:be\s+|have\s+been\s+)?$/i;

/**
 * A question asks about a decisive outcome when it asks whether it came ("did X get convicted",
 * see asksWhether; "why was X banned" takes it as given), or asks with "who" or "which" and a
 * verb in the past: "who replaced X", "X vs Y, which one won", not "who is buying", or ahead:
 * "who will replace X", which a passage expecting it answers too. "Who" may open the question or
 * a clause of it.
 */
const ASKS_WHO = new RegExp(String.raw`(?:${OPENING_FILLER}|[,;:]\s*)(?:who|which)\b`, 'i');
const PAST =
  /(?:ed|^became\b.*|^successor|^won|^lost|^beat(?:en)?|^bought|^quit|^took over|^taken over|^sworn in|^stepped down|^found guilty)$/i;

/** What a question asks the outcome of: the kind's report pattern, and the word the question asks it with. */
export interface AskedOutcome {
  /** The word as the question has it ("convicted"). */
  word: string;
  /** Where `sentence` reports an outcome of that kind: each word of it not spoken of as ahead, by its start and end. */
  reportsAt: (sentence: string) => { start: number; end: number }[];
}

/** A capitalised word right after a match: the match is a title before a name ("President Nicolas Maduro"). */
const NAME_NEXT = /^\s+\p{Lu}\p{Ll}/u;

/**
 * The matches of `words` (a pattern without the global flag) in `text` spoken of as come about,
 * or also as ahead when `ahead`; with `titles`, none that is a title before a name.
 */
function reports(words: RegExp, text: string, ahead: boolean, titles = false): { start: number; end: number }[] {
  const all = new RegExp(words.source, 'gi');
  return [...text.matchAll(all)]
    .filter((m) => {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const title = titles && NAME_NEXT.test(text.slice(m.index + m[0].length));
      return !UNCERTAIN.test(before) && (ahead || !AHEAD.test(before)) && !title;
    })
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Just before a word: it is negated ("will not back down", "never resigned", "didn't quit"). */
const NEGATED = /\b(?:not|never|n['’]t)\s+(?:be\s+|been\s+|have\s+)?$/i;

/** A question asking how or why: what it asks about it takes as come about. */
const HOW_OR_WHY = new RegExp(String.raw`${OPENING_FILLER}(?:how|why)\b`, 'i');

/** "Who will replace X", "who is going to win": asked ahead, answered by what the passages expect as well. */
const WHO_AHEAD = /\bwho\s+(?:will|would|is going to|['’]s going to|is gonna|gonna|is expected to|is likely to)\s+/i;

/**
 * Asked whether it is to come ("will X visit Y", "is X going to meet Y"), or when it came or
 * comes ("when was X elected"): a passage expecting it answers too ("will travel to … on
 * Sunday"), and one naming the subject but no such outcome answers nothing.
 */
const ASKS_AHEAD = new RegExp(
  String.raw`${OPENING_FILLER}(?:when\b|will\b|(?:is|are)\b.{0,40}?\b(?:going to|gonna|planning to|expected to|set to|about to)\b)`,
  'i',
);

/** "is venezuela quitting the oas", typed without its question mark: whether something is under way. */
const ASKS_ONGOING = new RegExp(String.raw`${OPENING_FILLER}(?:is|are)\s+(?:[\w'’-]+\s+){1,4}?\w+ing\b`, 'i');

/**
 * The decisive outcome a yes-or-no, "who" or "when" question asks about, or null for any other
 * question. With `ongoing`, "is X quitting …" typed without its question mark asks one too: that
 * reading only orders the quotes (see reportsAsked), never refuses ("is the firm buying the
 * shares" may be answered by the offer itself).
 */
export function askedOutcome(question: string, ongoing = false): AskedOutcome | null {
  const text = question.trim();
  const who = ASKS_WHO.test(text);
  const later = ASKS_AHEAD.test(text);
  // "What did they end up agreeing" asks how it turned out, whatever the question word; "how" or
  // "why did he end up working with them" takes it as come about, and asks how or why.
  const endedUp = HOW_OR_WHY.test(text) ? null : endedUpKind(text);
  if (!who && !later && !asksWhether(text) && !(ongoing && ASKS_ONGOING.test(text)) && endedUp === null) return null;
  const ahead = later || (who && WHO_AHEAD.test(text));
  const becoming = becomingKind(text);
  // The kinds known by name come first: "end up accepting" is answered by a refusal too.
  const kinds = [...(becoming === null ? [] : [becoming]), ...OUTCOMES, ...(endedUp === null ? [] : [endedUp])];
  for (const kind of kinds) {
    const m = kind.asks.exec(text);
    if (!m || (who && !ahead && !PAST.test(m[0]))) continue;
    // Said not to come about, it is not what is asked: "when are the elections Maduro will not back down on".
    if (NEGATED.test(text.slice(0, m.index))) continue;
    // Asked ahead, the words it is asked with report it too: "Pompeo will meet with Abdo Benitez".
    const words = ahead ? new RegExp(`${kind.reports.source}|${kind.asks.source}`, 'i') : kind.reports;
    return { word: m[0], reportsAt: (sentence) => reports(words, sentence, ahead, kind.titles) };
  }
  return null;
}
