/**
 * Questions about how something turned out, and passages that report it only as planned. News
 * often previews an event ("Pompeo will meet Piñera on Friday"); a member asking afterwards
 * ("what did Piñera say after meeting Pompeo") finds the preview, which does not answer. Pure;
 * English.
 */

/**
 * The question asks how something turned out: an outcome phrase, or "did/was …" with a verb of
 * an event taking place. "What did Pompeo want" asks an intent, which a preview states.
 */
const ASKS_OUTCOME = new RegExp(
  [
    String.raw`\b(happened|turned out|ended up|in the end|after (?:they |he |she |it )?(?:met|meeting|talks|visit))\b`,
    String.raw`\b(?:did|was|were)\b.*\b(meet|met|sign(?:ed)?|agree(?:d)?|attend(?:ed)?|show(?:ed)? up|go ahead|take place|held|cancel(?:l?ed)?|happen)\b`,
  ].join('|'),
  'i',
);

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
