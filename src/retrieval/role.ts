import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';

/**
 * Questions for who holds a post ("who is Venezuela's foreign minister", "who is the president
 * of Colombia"), and sentences that name its holder. A passage naming another country's
 * foreign minister ("Mexico's Foreign Minister Luis Videgaray") does not answer: the post must
 * stand beside the country, people or body it belongs to. Pure; English.
 */

/** Posts people hold, as news names them. */
const POSTS = new Set(
  (
    'president presidents minister ministers secretary ambassador envoy representative delegate spokesman spokeswoman spokesperson ' +
    'governor mayor chancellor premier king queen ceo chairman chairwoman chair director coach manager captain commander ' +
    'senator prosecutor leader leaders head chief boss'
  ).split(' '),
);
/** Posts named only by rank: any post beside the body answers ("the head of the OAS" is its Secretary General). */
const ANY_POST = new Set(['leader', 'leaders', 'head', 'chief', 'boss']);

/** True when `word` names a post ("president", "Minister"). */
export function isPostWord(word: string): boolean {
  return POSTS.has(word.toLowerCase());
}

/** The post asked about and whom it may belong to, as the question words them ("foreign minister", ["venezuela"]). */
export interface AskedPost {
  /** The words naming the post. */
  post: string;
  /** Words that may name whose post it is, most likely first: after "of" or "for", then before the post. */
  owners: string[];
}

const ASKS_WHO = /^(?:so\s+|and\s+|but\s+)?who(?:\s+is|\s+was|['’]s|s)\s+(?:the\s+)?(.+?)\s*[?.!]*$/iu;

/** The post a "who is X's post" / "who is the post of X" question asks about, or null. */
export function askedPost(question: string): AskedPost | null {
  const rest = ASKS_WHO.exec(question.trim())?.[1];
  if (rest === undefined) return null;
  const words = rest.split(/\s+/).map((w) => w.replace(/['’]s$/i, ''));
  const at = words.findIndex((w) => POSTS.has(w.toLowerCase()));
  if (at < 0) return null;
  // "the president of Colombia" names the owner after; "Colombia's president" and "the US ambassador to the OAS" before.
  const after = /^(?:of|for)$/i.test(words[at + 1] ?? '') ? words.slice(at + 2, at + 5).filter((w) => !/^the$/i.test(w)) : [];
  const before = words.slice(0, at).filter((w) => !/^(?:the|current|new|former)$/i.test(w));
  const owners = [after.join(' '), ...before].filter((w) => w !== '');
  return owners.length === 0 ? null : { post: [...before.slice(1), words[at]!].join(' '), owners };
}

/** How many terms before a post its owner may stand ("Mexico's OAS Ambassador"); after it, only next ("President of Peru"). */
const BEFORE = 3;

/**
 * True when a sentence of `text` names the post beside one of the owner's forms (each a list of
 * stemmed terms: ["venezuela"], ["venezuelan"], ["unit", "state"]); `post` as asked, any post
 * for a rank ("head", "leader").
 */
export function namesPost(text: string, post: string, ownerForms: readonly (readonly string[])[]): boolean {
  const head = post.split(/\s+/).at(-1)!.toLowerCase();
  const wanted = new Set(ANY_POST.has(head) ? [...POSTS].flatMap((p) => tokenize(p)) : tokenize(head));
  return splitSentences(text).some((s) => {
    const terms = tokenize(text.slice(s.start, s.end));
    return terms.some((t, i) => {
      if (!wanted.has(t)) return false;
      const near = new Set(terms.slice(Math.max(0, i - BEFORE), i + 2));
      return ownerForms.some((form) => form.length > 0 && form.every((f) => near.has(f)));
    });
  });
}
