/**
 * What a "who is the <post> of X" or "what is X's <property>" question asks: the post or the
 * fact, and the words that may name whose it is. Pure; English.
 */
import { isPostWord } from './role.js';

/**
 * Facts a place has that a passage must state beside it to answer "what is the capital of
 * Peru" or "Venezuela's population": a sentence about raising capital, or another country's
 * capital, does not answer.
 */
const PROPERTIES = new Set('capital population currency inflation gdp unemployment debt budget religion anthem flag'.split(' '));

/** The post or property asked about and whom it may belong to, as the question words them ("foreign minister", ["venezuela"]). */
export interface AskedPost {
  /** The words naming the post, or the property ("capital"). */
  post: string;
  /** Words that may name whose post it is, most likely first: after "of" or "for", then before the post. */
  owners: string[];
  /** A post is held by someone; a property is a fact ("what is the capital of Peru"). */
  kind: 'post' | 'property';
}

const ASKS_WHO = /^(?:so\s+|and\s+|but\s+)?who(?:\s+is|\s+was|['’]s|s)\s+(?:the\s+)?(.+?)\s*[?.!]*$/iu;
const ASKS_WHICH = /^(?:so\s+|and\s+|but\s+)?(?:what|which)\s+(\p{L}+)\s+(?:does|do|did|is|are|was|were)\s+(.+?)\s*[?.!]*$/iu;
const ASKS_WHAT = /^(?:so\s+|and\s+|but\s+)?(?:what|which)(?:\s+is|\s+was|\s+are|\s+were|['’]s|s)\s+(?:the\s+)?(.+?)\s*[?.!]*$/iu;

/**
 * A word after the owner's name: when the post is asked of, or where ("in 2019", "back then",
 * "now", "at the summit"), or a clause saying more of the holder ("that invited Russia").
 */
const WHEN_ASKED =
  /^(?:in|at|on|during|since|before|after|until|when|while|by|back|now|today|then|currently|anymore|that|who|which|whose|whom|(?:19|20)\d\d)$/i;

/** The second word of a post written in two whose first is a post of its own: "chief executive". */
const POST_SECOND = /^executives?$/i;

/** "who runs the OAS", "who is in charge of …": asking who leads it; not "who runs into …" or "who heads to …". */
const ASKS_WHO_LEADS =
  /^(?:so\s+|and\s+|but\s+)?who\s+(?:runs|leads|heads|chairs|is\s+(?:running|leading|heading|in\s+charge\s+of))\s+(?!(?:into|to|for|from|away|up|out|off|on|in|at|with)\b)(?:the\s+)?(.+?)\s*[?.!]*$/iu;

/** "What's the name of Colombia's president": asking who holds a post by asking its holder's name. */
const ASKS_NAME_OF = /^(?:so\s+|and\s+|but\s+)?what(?:\s+is|\s+was|['’]s|s)\s+the\s+names?\s+of\s+(?:the\s+)?(.+?)\s*[?.!]*$/iu;

/** What a "who is the …" question asks who is ("home secretary", "president of Colombia"; "leader of OAS" for "who runs the OAS"), or null. */
export function askedWho(question: string): string | null {
  const named = ASKS_NAME_OF.exec(question.trim())?.[1];
  if (named !== undefined) return named;
  const led = ASKS_WHO_LEADS.exec(question.trim())?.[1];
  // What someone's is run is a task, not a body with a head: "who is running Labour's election strategy".
  if (led !== undefined && /\p{L}['’]s\s/u.test(led)) return null;
  return led !== undefined ? `leader of ${led}` : (ASKS_WHO.exec(question.trim())?.[1] ?? null);
}

/** The post a "who is X's post" / "who is the post of X" question asks about, or the property a "what is X's capital" one does; else null. */
export function askedPost(question: string): AskedPost | null {
  // "what currency does Venezuela use": the property asked stands right after the question word.
  const which = ASKS_WHICH.exec(question.trim());
  if (which && PROPERTIES.has(which[1]!.toLowerCase())) return { post: which[1]!.toLowerCase(), owners: [which[2]!], kind: 'property' };
  const who = askedWho(question) ?? undefined;
  const rest = who ?? ASKS_WHAT.exec(question.trim())?.[1];
  if (rest === undefined) return null;
  const kind = who === undefined ? 'property' : 'post';
  const words = rest.split(/\s+/).map((w) => w.replace(/['’]s$/i, ''));
  const found = words.findIndex((w) => (kind === 'post' ? isPostWord(w) : PROPERTIES.has(w.toLowerCase())));
  if (found < 0) return null;
  // "the chief executive at Laura Ashley": the post's second word is the post's too.
  const at = kind === 'post' && POST_SECOND.test(words[found + 1] ?? '') ? found + 1 : found;
  // "the president of Colombia" names the owner after; "Colombia's president" and "the US ambassador to the OAS" before.
  // The owner's name ends where a time, a place or a clause begins: "the chancellor of Peru in 2019", "… of Peru that invited".
  const following = words.slice(at + 2);
  const ends = following.findIndex((w) => WHEN_ASKED.test(w));
  // A post is held "at" a firm or a club ("the ceo at Krispy Kreme"), though not "at the time".
  const heldAt = kind === 'post' && /^at$/i.test(words[at + 1] ?? '') && !/^(?:the|this|that|a|an)$/i.test(words[at + 2] ?? '');
  const after =
    /^(?:of|for|in)$/i.test(words[at + 1] ?? '') || heldAt
      ? following
          .slice(0, ends < 0 ? following.length : ends)
          .filter((w) => !/^the$/i.test(w))
          .slice(0, 3)
      : [];
  const before = words.slice(0, found).filter((w) => !/^(?:the|current|new|former)$/i.test(w));
  // A property may be asked in a phrase of its own: "what is the inflation rate in Venezuela".
  const phrase = kind === 'property' ? [words.slice(at + 1).join(' ')] : [];
  const owners = [after.join(' '), ...before, ...phrase].filter((w) => w !== '');
  // With the owner after the post, every word before it names the post: "the prime minister of Peru".
  const post = [...(after.length > 0 ? before : before.slice(1)), ...words.slice(found, at + 1)].join(' ');
  return owners.length === 0 ? null : { post: kind === 'post' ? post : words[at]!, owners, kind };
}
