/**
 * Questions about how something turned out, and passages that report it only as planned. News
 * often previews an event ("Pompeo will meet Piñera on Friday"); a member asking afterwards
 * ("what did Piñera say after meeting Pompeo") finds the preview, which does not answer. Pure;
 * English.
 */

/** The question asks what happened: a past-tense auxiliary or an outcome phrase. */
const ASKS_OUTCOME = /\b(did|was|were|happened|turned out|ended up|in the end|after (?:they |he |she )?(?:met|meeting))\b/i;

/** A passage speaks of something ahead. */
const AHEAD =
  /\b(will|won['’]t|(?:is|are) (?:expected|set|scheduled|due|going) to|plans? to|upcoming|next (?:week|month|meeting|gathering))\b/i;

/** A passage reports something done or said (a past tense of the common reporting and event verbs). */
const DONE = /\b(said|says|told|met|was|were|had|did|took|held|happened|ended|went|gave|made|came)\b/i;

/** True when `question` asks what happened rather than what is planned or what is. */
export function asksOutcome(question: string): boolean {
  return ASKS_OUTCOME.test(question);
}

/** True when `text` speaks of things ahead and reports nothing done or said. */
export function onlyPlanned(text: string): boolean {
  return AHEAD.test(text) && !DONE.test(text);
}
