import type { KeyTerm, QuestionAnalysis } from '../retrieval/key-terms.js';
import { askedPost, postMentions, type PostMentions } from '../retrieval/role.js';
import { isPlaceName, isPlaceTerms } from '../text/geo.js';
import type { HeadPassage } from './gates.js';

/** A country's post a question asks who holds, its key term, and where a passage names that post. */
export interface PostAsked {
  post: string;
  owner: KeyTerm;
  mentions: (p: HeadPassage) => PostMentions;
}

/**
 * The country's post a question asks who holds ("who is Venezuela's foreign minister"), with
 * the country's key term and where a passage names that post; null for any other question.
 * Only a country is judged: its forms are known (demonym, capital), while a company or a body
 * may go by forms the corpus does not link ("the Fed", "Federal Reserve"), and a post by other
 * words ("CEO", "chief executive").
 */
export function postAsked(reading: QuestionAnalysis): PostAsked | null {
  const asked = askedPost(reading.searchText);
  if (asked === null) return null;
  const whole = (phrase: string) => ` ${phrase.toLowerCase()} `;
  for (const words of asked.owners) {
    const i = reading.terms.findIndex((t) => t.entity && t.inCorpus && isCountry(t) && whole(words).includes(whole(t.text)));
    if (i < 0) continue;
    const owner = reading.terms[i]!;
    const mentions = (p: HeadPassage) =>
      p.support.carried[i] === true ? postMentions(p.text, asked.post, owner.alternatives, isPlaceTerms) : { owner: false, unowned: false };
    return { post: asked.post, owner, mentions };
  }
  return null;
}

/**
 * Asked who holds a country's post, and the candidates naming the country name that post only
 * beside other countries ("Mexico's Foreign Minister …" for Venezuela's), or not at all: returns
 * the post and the country's key term, or null. A mention with no country beside it may be the
 * asked one (a domestic outlet writes "Prime Minister Tony Blair"), so it lifts this. A name the
 * corpus never mentions is said so already.
 */
export function postUnnamed(
  reading: QuestionAnalysis,
  asked: PostAsked | null,
  pool: readonly HeadPassage[],
): { post: string; owner: KeyTerm } | null {
  if (asked === null || !pool.some((p) => p.support.carried[reading.terms.indexOf(asked.owner)])) return null;
  const found = pool.map(asked.mentions);
  return found.some((m) => m.owner || m.unowned) ? null : { post: asked.post, owner: asked.owner };
}

/** A country by any of its forms: "US" is one through "United States", which the corpus links to it. */
function isCountry(term: KeyTerm): boolean {
  return isPlaceName(term.text) || term.alternatives.some((form) => isPlaceTerms(form));
}
