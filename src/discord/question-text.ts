/**
 * Discord markup inside a question: mentions of members, roles and channels, custom emoji and
 * timestamps. Discord writes them as `<@123>`, `<@&456>`, `<#789>`, `<:thonk:123>` and
 * `<t:1700000000:R>`; left in a question, their ids read as figures and emoji names as names
 * the corpus never mentions, and the question is refused.
 */
const MARKUP = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:-?\d+(?::[tTdDfFR])?|\/[\w -]+:\d+)>/g;

/** A question as a member typed it, with Discord's markup taken out and whitespace folded. */
export function plainQuestion(content: string): string {
  return content.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim();
}
