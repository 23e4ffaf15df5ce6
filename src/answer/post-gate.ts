import type { KeyTerm, QuestionAnalysis } from '../retrieval/key-terms.js';
import { askedPost, type AskedPost } from '../retrieval/asked-post.js';
import { postBeside } from '../retrieval/post-beside.js';
import { headsBody, isPostKind, isPostWord, postMentions, type PostMentions } from '../retrieval/role.js';
import { surfaceWords } from '../retrieval/surface-words.js';
import { tokenize } from '../text/tokenize.js';
import { isEnglishWord } from '../text/lexicon.js';
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
  /** The owner as all the words asked name it, for a body: "Lima Group", of which the term is "Lima". */
  body: KeyTerm;
  /** Asked who held it when something happened ("… when Pompeo went to Cucuta"): the indices of the names of that event's terms. */
  during: number[];
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
  const find = (pick: (t: KeyTerm, words: string) => boolean) =>
    asked.owners.map((words) => reading.terms.findIndex((t) => ownerIn(words, t) && pick(t, words))).find((i) => i >= 0) ?? -1;
  // The owner is a country when its name ends what the question names: "the opposition in
  // Venezuela" is Venezuela's, "the Lima Group" a body.
  const country = find((t, words) => isCountry(t) && whole(words).endsWith(whole(t.text)));
  const i = country >= 0 ? country : find(() => true);
  if (i < 0) return null;
  const owner = reading.terms[i]!;
  const mentions = (p: HeadPassage) =>
    p.support.carried[i] === true
      ? postMentions(p.text, asked.post, owner.alternatives, isPlaceTerms)
      : { owner: false, asked: false, unowned: false };
  // A body is named by all the owner's words ("lima group"), of which the term may be one.
  const words = asked.owners.find((w) => ownerIn(w, owner)) ?? owner.text;
  // Each word as the corpus writes it, where a term holds it: "OAS Permanent Council".
  const cased = words.replace(/\S+/g, (w) => reading.terms.find((t) => whole(t.text) === whole(w))?.text ?? w);
  const named = whole(words) === whole(owner.text) ? owner : { ...owner, text: cased, alternatives: [tokenize(words)] };
  return { post: asked.post, owner, country: country >= 0, kind: asked.kind, mentions, body: named, during: duringNames(reading, owner) };
}

/** "Back when", "while", "during": a post asked of the time of an event the rest of the question names. */
const DURING = /^(?:when|while|during)$/;

/** The indices of the names a question gives for when a post was held ("when Videgaray was foreign minister"), or []. */
function duringNames(reading: QuestionAnalysis, owner: KeyTerm): number[] {
  const at = surfaceWords(reading.searchText).findIndex((w, i) => i > 0 && DURING.test(w.folded));
  if (at < 0) return [];
  return reading.terms.flatMap((t, i) => (t.entity && t.inCorpus && t !== owner && t.words.first > at ? [i] : []));
}

/** A post or a property asked of a country that no passage names beside it (`then`: none of the time asked about). */
export type UnnamedPost = Pick<PostAsked, 'post' | 'owner' | 'kind'> & { then?: boolean };

/**
 * Asked who holds a country's post, and the candidates naming the country name that post only
 * beside other countries ("Mexico's Foreign Minister …" for Venezuela's), or not at all: returns
 * the post and the country's key term, or null. A mention with no country beside it may be the
 * asked one (a domestic outlet writes "Prime Minister Tony Blair"), so it lifts this. A name the
 * corpus never mentions is said so already.
 */
export function postUnnamed(reading: QuestionAnalysis, asked: PostAsked | null, pool: readonly HeadPassage[]): UnnamedPost | null {
  const at = asked === null ? -1 : reading.terms.indexOf(asked.owner);
  if (asked === null || !pool.some((p) => p.support.carried[at])) return null;
  if (!asked.country) return bodyHeadUnnamed(asked, at, pool);
  // A property stands beside its owner: "raise capital" with no country near is no country's capital.
  const names = (p: HeadPassage) => {
    const m = asked.mentions(p);
    return m.owner || (m.unowned && asked.kind === 'post');
  };
  const naming = pool.filter(names);
  // Asked who held it at the time of an event, the passage naming its holder names that event's names too:
  // "The Mexican president, Andrés Manuel López Obrador" in 2022 is no answer for when Videgaray was foreign minister.
  const then = naming.filter((p) => asked.during.every((i) => p.support.carried[i] === true));
  if (then.length > 0) return null;
  return { post: asked.post, owner: asked.owner, kind: asked.kind, ...(naming.length > 0 ? { then: true } : {}) };
}

/**
 * Asked who heads a body ("who is the head of the Lima Group", "who is the president of
 * Caricom"), and no passage naming the body names any post beside it: a body's head is written
 * beside its name ("OAS Secretary General Luis Almagro"), under whatever title, so any post
 * beside it lifts this. A body's other posts are not judged: a spokesman or a CEO may go by
 * words the corpus does not link ("chief executive").
 */
function bodyHeadUnnamed(asked: PostAsked, at: number, pool: readonly HeadPassage[]): UnnamedPost | null {
  // A body named by an English word may be a short form the corpus does not link: "the Fed" is the Federal Reserve.
  if (asked.kind !== 'post' || !titleOnly(asked.post) || !headsBody(asked.post) || isEnglishWord(asked.body.text.toLowerCase()))
    return null;
  const beside = (p: HeadPassage) => p.support.carried[at] === true && postBeside(p.text, asked.body.alternatives, true);
  return pool.some(beside) ? null : { post: asked.post, owner: asked.body, kind: asked.kind };
}

/** A post named by its title alone ("secretary general", "chief executive"), not by a clause the question runs on with. */
function titleOnly(post: string): boolean {
  return post.split(/\s+/).every((w) => isPostWord(w) || isPostKind(w) || /^(?:general|executive|managing)$/i.test(w));
}

/** A country by any of its forms: "US" is one through "United States", which the corpus links to it. */
function isCountry(term: KeyTerm): boolean {
  return isPlaceName(term.text) || term.alternatives.some((form) => isPlaceTerms(form));
}
