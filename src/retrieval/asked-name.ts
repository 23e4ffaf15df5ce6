/**
 * Questions asking the name of someone they only describe: "what's the name of the make up artist
 * suing snoop dogg", "what is david miliband's wife called", "what was the 13 year old girl's
 * name". A passage answers only where it names that person beside the word for them ("his wife
 * Louise", "make-up artist Jane Doe"); "a make-up artist who claimed …" names no one. A post
 * ("the president of Colombia") is asked the same way, and judged by the post checks. Pure; English.
 */
import { isPostWord } from './role.js';
import { OPENING_FILLER } from './whether.js';

/** What a question asks the name of: the word for the person, and the words that describe them up to it. */
export interface AskedName {
  /** The word for the person, as asked ("artist", "wife"). */
  noun: string;
  /** The question's words for them, up to that word ("make up artist", "david miliband's wife"). */
  phrase: string;
}

const NAME_OF = new RegExp(
  String.raw`${OPENING_FILLER}what(?:\s+is|\s+was|['’]s)\s+the\s+names?\s+of\s+(?:the\s+|a\s+|an\s+|that\s+|this\s+)?(.+?)\s*[?.!]*$`,
  'iu',
);
const NAME_AFTER = new RegExp(
  String.raw`${OPENING_FILLER}what(?:\s+is|\s+was|['’]s)\s+(?:the\s+|that\s+|this\s+)?(.+?)['’]s?\s+names?\b`,
  'iu',
);
const CALLED = new RegExp(String.raw`${OPENING_FILLER}what(?:\s+is|\s+was|['’]s)\s+(?:the\s+|that\s+|this\s+)?(.+?)\s+called\b`, 'iu');

/** Where the words for the person end: a clause about them ("whose dad sued", "who told", "suing snoop"). */
const CLAUSE = /^(?:who|whom|whose|that|which|in|at|on|from|with|for|of|over|by|behind|when|after|before|\p{L}+ing)$/iu;

/**
 * Words for a person a passage writes beside their name. Chat's own words ("guy", "dude") are
 * never written so: a question asked with one names no word to look for.
 */
const PERSON_NOUNS = new Set(
  (
    'girl boy woman man lady kid child teenager teen son daughter wife husband father mother dad mum mom brother sister ' +
    'partner girlfriend boyfriend fiancee fiance widow widower official spokesman spokeswoman spokesperson victim suspect ' +
    'lawyer player manager singer writer author actor actress producer owner driver teacher doctor judge hacker worker ' +
    'employee boss chef pilot striker goalkeeper defender midfielder rider runner jockey winner designer model star ' +
    'presenter host dj rapper drummer guitarist bassist founder investor analyst student fan agent'
  ).split(' '),
);

/** True when `word` is a word for a person that a passage would write beside their name. */
function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  const singular = w.endsWith('s') && PERSON_NOUNS.has(w.slice(0, -1)) ? w.slice(0, -1) : w;
  return PERSON_NOUNS.has(singular) || /^\p{L}{3,}(?:ist|ian)$/u.test(singular);
}

/** The person a question asks the name of, or null for any other question (and for a post, which the post checks judge). */
export function askedName(question: string): AskedName | null {
  const text = question.trim();
  const described = NAME_OF.exec(text)?.[1] ?? NAME_AFTER.exec(text)?.[1] ?? CALLED.exec(text)?.[1];
  if (described === undefined) return null;
  const words = described.split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && CLAUSE.test(w));
  const phrase = words.slice(0, end < 0 ? words.length : end);
  const noun = phrase.at(-1)?.replace(/['’]s$/i, '') ?? '';
  if (!isPersonNoun(noun) || phrase.some((w) => isPostWord(w.replace(/['’]s$/i, '')))) return null;
  return { noun, phrase: phrase.join(' ') };
}
