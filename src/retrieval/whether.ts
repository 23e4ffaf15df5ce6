import { baseOfPast } from '../text/irregular.js';

/**
 * Yes-or-no questions ("did X resubmit the proposal", "maduro got ousted?") and words that stand
 * in a passage only as ahead ("he will resubmit the proposal"): an announcement does not say
 * whether it was done. Pure; English (a translated question is read in its English reading).
 */

/** Chat filler a question may open with ("wait did …", "ok so who …"). */
export const OPENING_FILLER = String.raw`^(?:(?:so|ok|okay|wait|hey|yo|but|and|um|uh|like)\b[\s,]*)*`;

/** A yes-or-no question about the past: opened by a past auxiliary ("did X resubmit the proposal", "has X met Y"). */
const ASKS_WHETHER = new RegExp(String.raw`${OPENING_FILLER}(?:did|was|were|has|have|had)\b`, 'i');

/**
 * Or asked by its question mark alone, with no question word anywhere ("in which city does …?"
 * is none): "maduro got ousted?", and a Spanish or Portuguese one read in English ("¿Maduro fue
 * derrocado?" → "Maduro was overthrown?").
 */
const BY_INTONATION = /^(?!.*\b(?:what|who|whom|whose|which|when|where|why|how)\b).*\?$/is;

/** True when `question` asks whether something came about, by a past auxiliary or by its question mark alone. */
export function asksWhether(question: string): boolean {
  const text = question.trim();
  return ASKS_WHETHER.test(text) || BY_INTONATION.test(text);
}

/**
 * Words just before a verb that put it ahead or leave it open: "will resubmit", "is expected to
 * meet", "plans to sign", "may sue", "threatened to leave", "fit enough to run", "will travel to
 * Peru to meet" (not "due to faulty cables").
 */
const FUTURE_BEFORE =
  /(?:\b(?:will|shall|would|may|might|could)|['’]ll|\b(?:will|shall|would)\s+[^.;,]{1,40}?\bto|\b(?:is|are|was|were|be|been) (?:expected|set|due|scheduled|going|likely|poised|ready|able) to|\b(?:plans?|planning|intends?|hopes?|wants?|aims?|threat(?:en(?:s|ed|ing)?)?|enough) to)\s+(?:\w+ly\s+)?(?:also\s+)?$/i;

/**
 * Words before a verb that ask for it of someone: "asked the United States to restore relations",
 * "urged Caracas to call", "calling for Caracas to call early elections", "invited … to join": a
 * request does not say whether it was granted.
 */
const REQUESTED_BEFORE =
  /\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|request(?:s|ed|ing)?|call(?:s|ed|ing)? (?:on|upon|for)|want(?:s|ed)?|invit(?:e|es|ed|ing))\s+(?:[^\s.;:!?]+\s+){1,7}?to\s+(?:\w+ly\s+)?$/i;

/** True when the words before a verb ask it of someone: "asked the US to " (restore). */
export function requestedBefore(before: string): boolean {
  return REQUESTED_BEFORE.test(before);
}

/** A verb's -ing form, or its plural as a noun ("meetings"). */
const NAMED_EVENT = /^\p{L}+ings?$/iu;
/** Just before an -ing word: a determiner, a possessive or a capitalised word make it a noun ("the meeting", "Council meeting"). */
const NOUN_BEFORE = /(?:\b(?:a|an|the|this|that|his|her|its|their|our|every|each|next|last|first)|['’]s|\b\p{Lu}[\p{L}-]*)\s+$/u;

/**
 * Whether the word whose stem is one of `stems` stands in `text` only as ahead or as asked for ("will
 * resubmit the proposal", "asked the US to restore relations"): true, false when it also stands
 * done, null when it does not stand there at all.
 */
export function standsOnlyAhead(text: string, stems: readonly string[], stemOf: (word: string) => string): boolean | null {
  let seen = false;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    // "Held talks" is done, however "plans to hold" elsewhere reads.
    if (!stems.includes(stemOf(m[0])) && !stems.includes(stemOf(baseOfPast(m[0])))) continue;
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    // "a UN Security Council meeting", "bilateral meetings": the noun names an event, not the act asked whether done.
    if (NAMED_EVENT.test(m[0]) && (NOUN_BEFORE.test(before) || /s$/i.test(m[0]))) continue;
    seen = true;
    if (!FUTURE_BEFORE.test(before.slice(-40)) && !requestedBefore(before)) return false;
  }
  return seen ? true : null;
}
