import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';

/**
 * Posts people hold, and where a passage names one beside whom it belongs to. Asked "who is
 * Venezuela's foreign minister" (see asked-post.ts), a passage naming another country's
 * foreign minister ("Mexico's Foreign Minister Luis Videgaray") does not answer: the post must
 * stand beside the country, people or body it belongs to. Pure; English.
 */

/** Posts people hold, as news names them. */
const POSTS = new Set(
  (
    'president presidents minister ministers secretary ambassador envoy representative delegate spokesman spokeswoman spokesperson ' +
    'governor mayor chancellor premier king queen ceo executive chairman chairwoman chair director coach manager captain commander ' +
    'senator prosecutor leader leaders head chief boss'
  ).split(' '),
);
/** Posts named only by rank: any post beside the body answers ("the head of the OAS" is its Secretary General). */
const ANY_POST = new Set(['leader', 'leaders', 'head', 'chief', 'boss']);
/**
 * Posts that head what they belong to: asked its head, these come before the posts serving it
 * ("OAS Secretary General Luis Almagro" before "Mexico's OAS Ambassador"). A secretary heads
 * only as secretary general; a Secretary of State serves a president.
 */
const HEADS = new Set(
  tokenize(
    'president presidents premier chancellor king queen ceo executive chairman chairwoman chair director governor mayor leader leaders head chief boss',
  ),
);
const SECOND = new Set(tokenize('vice deputy'));
/** The posts as stemmed terms, as a passage's words are read. */
export const POST_STEMS: ReadonlySet<string> = new Set([...POSTS].flatMap((p) => tokenize(p)));
const GENERAL = tokenize('general')[0]!;
const SECRETARY = tokenize('secretary')[0]!;
/**
 * Posts also written as a minister: a machine translation reads the Latin American "canciller"
 * (foreign minister) as "chancellor", and a premier heads a government as a prime minister does.
 */
const ALSO_MINISTER = new Set(['chancellor', 'premier']);
/** A country's envoy to a body or a country is its ambassador, its representative or its envoy, as news varies the word. */
const DIPLOMATS = new Set(['ambassador', 'envoy', 'representative']);

/** True when `post` heads what it belongs to ("head", "president", "chairman"), not when it serves it ("spokesman", "vice president"). */
export function headsBody(post: string): boolean {
  const words = post
    .trim()
    .split(/\s+/)
    .map((w) => tokenize(w)[0] ?? '');
  return HEADS.has(words.at(-1)!) && !words.slice(0, -1).some((w) => SECOND.has(w));
}

/** True when the post whose word is term `i` of `terms` (stemmed) heads what it belongs to: not a vice president's, and a secretary only as secretary general. */
export function headsAt(terms: readonly string[], i: number): boolean {
  return (HEADS.has(terms[i]!) && !SECOND.has(terms[i - 1] ?? '')) || (terms[i] === SECRETARY && terms[i + 1] === GENERAL);
}

/** Titles of address, which stand where a first name would ("Mr Blair", "Lord Coe"). */
export const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|lord|lady|dame)\.?$/i;

/** True when `word` names a post ("president", "Minister"). */
export function isPostWord(word: string): boolean {
  return POSTS.has(word.toLowerCase());
}

/** How many terms before a post its owner may stand ("Mexico's OAS Ambassador", "Peru to meet with President …"), and after it ("President of Peru"). */
const BEFORE = 4;
const AFTER = 2;
/** Words naming the kind of a post ("prime minister", "foreign minister", "vice president"). */
const KINDS = new Set([
  'prime',
  'foreign',
  'vice',
  'deputy',
  'finance',
  'defence',
  'defense',
  'interior',
  'home',
  'trade',
  'health',
  'justice',
]);
/** True when `word` names the kind of a post ("Prime", "foreign"), kept with it. */
export function isPostKind(word: string): boolean {
  return KINDS.has(word.toLowerCase());
}

/** Reporting verbs: "Venezuela," said the president' names the speaker, not a post of Venezuela. */
const REPORTING = new Set(['said', 'sai', 'told', 'tell', 'accord']);

/** Where a passage names the post asked about: beside its owner, and with no country beside it at all. */
export interface PostMentions {
  /** Some mention stands near one of the owner's forms. */
  owner: boolean;
  /** Some mention beside the owner is the post as asked, not only another of its rank: "opposition leader" for "leader". */
  asked: boolean;
  /** Some mention stands near no country: a domestic outlet's "Prime Minister Tony Blair", whose country goes without saying. */
  unowned: boolean;
}

/**
 * Where a sentence of `text` names the post (`post` as asked; any post for a rank: "head",
 * "leader"), relative to the owner's forms (each a list of stemmed terms: ["venezuela"],
 * ["venezuelan"], ["unit", "state"]) and to any country (`isCountry`, on the same stems). Near
 * means a few terms before or after, with no reporting verb between. Loose on purpose: news
 * names a post's country nearby ("Pompeo will travel to Peru to meet with President Martin Vizcarra").
 */
export function postMentions(
  text: string,
  post: string,
  ownerForms: readonly (readonly string[])[],
  isCountry: (terms: readonly string[]) => boolean,
): PostMentions {
  const asked = post.toLowerCase().split(/\s+/);
  const head = asked.at(-1)!;
  const same = DIPLOMATS.has(head) ? [...DIPLOMATS] : [head];
  const posts = ANY_POST.has(head) ? [...POSTS] : ALSO_MINISTER.has(head) ? [head, 'minister'] : same;
  const wanted = new Set(posts.flatMap((p) => tokenize(p)));
  // "prime minister" is not any minister: the kind of post must stand right before it.
  const kind = asked.slice(0, -1).filter((w) => KINDS.has(w));
  const found: PostMentions = { owner: false, asked: false, unowned: false };
  const own = new Set(same.flatMap((p) => tokenize(p)));
  for (const s of splitSentences(text)) {
    const terms = tokenize(text.slice(s.start, s.end));
    terms.forEach((t, i) => {
      if (!wanted.has(t) || !kind.every((k, j) => terms[i - kind.length + j] === tokenize(k)[0])) return;
      // Another word for the post asked stands only after its owner, with no other country between:
      // "Venezuelan Permanent Representative" is Venezuela's, "the Venezuelan representative as evidence of U.S." not the US's.
      const before = reach(terms, i, -1, BEFORE);
      const other = tokenize(head)[0] !== t && DIPLOMATS.has(head);
      const ownerFirst = before.findIndex((w, k) => isCountry([w]) || isCountry(before.slice(k, k + 2)));
      const window = other ? before.slice(0, ownerFirst + 2) : [...before, ...reach(terms, i, 1, AFTER)];
      const near = new Set(window);
      if (ownerForms.some((form) => form.length > 0 && form.every((f) => near.has(f)))) {
        found.owner = true;
        // A vice president or a deputy head serves the head.
        found.asked ||= own.has(t) || (ANY_POST.has(head) && headsAt(terms, i));
      } else if (!window.some((w, k) => isCountry([w]) || isCountry(window.slice(k, k + 2)))) found.unowned = true;
    });
  }
  return found;
}

/** Up to `n` terms from `i` in direction `step`, stopping at a reporting verb. */
function reach(terms: readonly string[], i: number, step: 1 | -1, n: number): string[] {
  const out: string[] = [];
  for (let k = i + step; k >= 0 && k < terms.length && out.length < n && !REPORTING.has(terms[k]!); k += step) out.push(terms[k]!);
  return out;
}
