/**
 * Words that ask something of someone: "ask", "urge", "want … to", "request", "demand". News
 * writes a request with whichever of them the reporter chose ("López Obrador asked the United
 * States to restore relations"); a member asks with another ("what does amlo want the us to
 * do"). They are one act, so a passage carrying any of them carries the word asked. Pure;
 * English (a translated question is read in its English reading).
 */
import { tokenize } from '../text/tokenize.js';

const REQUEST_STEMS = new Set(tokenize('ask urge want request demand'));

/** The stems of the other request words, when `folded` (one lowercase word) is one; else none. */
export function otherRequestStems(folded: string): string[] {
  const own = tokenize(folded)[0];
  return own !== undefined && REQUEST_STEMS.has(own) ? [...REQUEST_STEMS].filter((stem) => stem !== own) : [];
}
