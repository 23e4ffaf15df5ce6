import type { Language } from './language.js';

/**
 * Conversational filler that `normalizeChat` (chat.ts) drops: it carries no part of a question.
 * General chat conventions only, never a word of any particular corpus.
 */

/**
 * Conversational filler: words and phrases that carry no part of what is asked. Longest
 * phrases first, so "what's the deal with" goes before "deal" would.
 */
export const FILLER = [
  "what's the deal with",
  'what is the deal with',
  'what is the 411 on',
  'what is the lowdown on',
  'what is the tea on',
  "what's the story with",
  'what is the story with',
  'what is up with',
  "what's up with",
  'whats up with',
  'can you tell me',
  'could you tell me',
  'do you know',
  'i want to know',
  'i wonder',
  'tell me',
  'any idea',
  'these days',
  'right now',
  'or what',
  'so far',
  'thus far',
  'or nah',
  'or not',
  'or something',
  'or smth',
  'and stuff',
  'and things',
  'you know',
  'i mean',
  'kind of',
  'sort of',
].sort((a, b) => b.length - a.length);

/** Single filler words, dropped wherever they stand. */
export const FILLER_WORDS = new Set(
  [
    'wait hey hi hello yo ok okay oki aight nah gotcha lol lmao lmfao omg wtf smh oof welp bruh bro fam pls plz please thx ty thanks rn btw',
    'tbh tbf imo imho idk idc ngl fr fyi iirc afaik afaict fwiw ikr istg ig icl lmk nvm jk kk gg tldr tl;dr eli5 lowkey highkey',
    'deadass obv obvs ofc prob probs rly sry srsly af etc eg ie kinda sorta basically actually literally exactly really',
    'anyway anyways like um uh hmm so just',
  ]
    .join(' ')
    .split(' '),
);

/** Laughter typed out: "haha", "hehe", "lolol", and in Spanish "jaja", "jeje". */
const LAUGHTER = /^(?:(?:ha|he|hi|ja|je|ji){2,}h?|lo(?:lo)+l?)$/;
/** And in Portuguese, "kkkk" and "rsrs" as well (in English, "kkk" may be a name). */
const LAUGHTER_PT = /^(?:k{3,}|(?:rs){2,})$/;

/** True when `word` (lowercase, bare) is laughter typed out, in `language`'s chat: filler wherever it stands. */
export function isLaughter(word: string, language: Language = 'en'): boolean {
  return LAUGHTER.test(word) || (language === 'pt' && LAUGHTER_PT.test(word));
}
