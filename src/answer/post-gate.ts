import type { KeyTerm, QuestionAnalysis } from '../retrieval/key-terms.js';
import { askedPost, type AskedPost } from '../retrieval/asked-post.js';
import { postMentions, type PostMentions } from '../retrieval/role.js';
import { isPlaceName, isPlaceTerms } from '../text/geo.js';
import type { HeadPassage } from './gates.js';

/** A post a question asks who holds, its owner's key term, and where a passage names that post. */
export interface PostAsked {
  post: string;
  owner: KeyTerm;
  /** The owner is a country, whose forms are all known: a passage not naming its post beside it tells nothing. */
  country: boolean;
  /** A post is held by someone; a property is a fact of the owner's ("capital"). */
  kind: AskedPost['kind'];
  mentions: (p: HeadPassage) => PostMentions;
}

/**
 * The post a question asks who holds ("who is Venezuela's foreign minister", "who is the UKIP
 * leader"), with its owner's key term and where a passage names that post; null for any other
 * question. A country is preferred as the owner: its forms are known (demonym, capital).
 */
export function postAsked(reading: QuestionAnalysis): PostAsked | null {
  const asked = askedPost(reading.searchText);
  if (asked === null) return null;
  const whole = (phrase: string) => ` ${phrase.toLowerCase()} `;
  const ownerIn = (words: string, t: KeyTerm) => t.entity && t.inCorpus && whole(words).includes(whole(t.text));
  const find = (pick: (t: KeyTerm) => boolean) =>
    asked.owners.map((words) => reading.terms.findIndex((t) => ownerIn(words, t) && pick(t))).find((i) => i >= 0) ?? -1;
  const country = find(isCountry);
  const i = country >= 0 ? country : find(() => true);
  if (i < 0) return null;
  const owner = reading.terms[i]!;
  const mentions = (p: HeadPassage) =>
    p.support.carried[i] === true
      ? postMentions(p.text, asked.post, owner.alternatives, isPlaceTerms)
      : { owner: false, asked: false, unowned: false };
  return { post: asked.post, owner, country: isCountry(owner), kind: asked.kind, mentions };
}

/** A post or a property asked of a country that no passage names beside it. */
export type UnnamedPost = Pick<PostAsked, 'post' | 'owner' | 'kind'>;

/**
 * Asked who holds a country's post, and the candidates naming the country name that post only
 * beside other countries ("Mexico's Foreign Minister …" for Venezuela's), or not at all: returns
 * the post and the country's key term, or null. A mention with no country beside it may be the
 * asked one (a domestic outlet writes "Prime Minister Tony Blair"), so it lifts this. A name the
 * corpus never mentions is said so already.
 */
export function postUnnamed(reading: QuestionAnalysis, asked: PostAsked | null, pool: readonly HeadPassage[]): UnnamedPost | null {
  // A company or a body may go by forms the corpus does not link ("the Fed", "Federal Reserve"),
  // and a post by other words ("CEO", "chief executive"): only a country's is judged.
  if (asked === null || !asked.country || !pool.some((p) => p.support.carried[reading.terms.indexOf(asked.owner)])) return null;
  const found = pool.map(asked.mentions);
  // A property stands beside its owner: "raise capital" with no country near is no country's capital.
  return found.some((m) => m.owner || (m.unowned && asked.kind === 'post'))
    ? null
    : { post: asked.post, owner: asked.owner, kind: asked.kind };
}

/** A country by any of its forms: "US" is one through "United States", which the corpus links to it. */
function isCountry(term: KeyTerm): boolean {
  return isPlaceName(term.text) || term.alternatives.some((form) => isPlaceTerms(form));
}
