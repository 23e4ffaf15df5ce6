/**
 * Casual chat → plain question text. Discord members write "whats the deal w peru & the lima
 * group rn"; search and the key-term check want "what about peru and the lima group". Only
 * general English chat conventions live here (shorthand, contractions, filler), never a word
 * of any particular corpus. Pure.
 */

import { FILLER, FILLER_WORDS, isLaughter } from './chat-filler.js';
import { rewriteChatPhrases } from './chat-phrases.js';
import { OPENING_SHORTHAND, SHORTHAND } from './chat-shorthand.js';
import { isEnglishWord } from './lexicon.js';
import { isDayOrMonthName } from './months.js';
import { escapeRegExp } from './regexp.js';

const CONTRACTIONS: [RegExp, string][] = [
  // Irregular first: "won't" is not "wo not".
  [/\bwon['’]t\b/gi, 'will not'],
  [/\bcan['’]t\b/gi, 'cannot'],
  [/\bain['’]t\b/gi, 'is not'],
  [/\bshan['’]t\b/gi, 'shall not'],
  [/\b(\w+)n['’]t\b/gi, '$1 not'],
  [/\b(\w+)['’]re\b/gi, '$1 are'],
  [/\b(\w+)['’]ve\b/gi, '$1 have'],
  [/\b(\w+)['’]ll\b/gi, '$1 will'],
  // "Where'd he go" asks where he did; elsewhere 'd is "would".
  [/\b(what|who|where|when|how|why)['’]d\b/gi, '$1 did'],
  [/\b(\w+)['’]d\b/gi, '$1 would'],
  [/\b(what|who|where|when|how|why|that|there|it)['’]s\b/gi, '$1 is'],
];

/** A year typed short: "'17", "’19", "2k19". */
const YEAR_SHORTHAND = /(?<![\p{L}\p{N}])(?:['’]|(2k))(\d\d)(?![\p{L}\p{N}])/giu;

/** "17" → "2017", "98" → "1998": POSIX's two-digit year rule (00-68 this century); "2k19" is always this century. */
function fullYear(digits: string, millennium: boolean): string {
  return `${millennium || Number(digits) <= 68 ? 20 : 19}${digits}`;
}

/** True when `word` (lowercase) is English chat shorthand ("whos", "abt", "govt"): English, though no dictionary has it. */
export function isEnglishShorthand(word: string): boolean {
  return Object.hasOwn(SHORTHAND, word);
}

/** Words chat uses for "the person", whoever it is: typed in lower case, none is a name ("the eu guy"). */
export const PERSON_WORDS: ReadonlySet<string> = new Set(
  'guy guys dude dudes bloke blokes chap chaps person people man men woman women lady ladies fella fellas fellow fellows'.split(' '),
);

/** "who is the guy (that) …", "who are the people who …": the person asked for, in words, after "who". */
const WHO_THE_ONE = new RegExp(
  String.raw`^(who)\s+(?:is|was|are|were)\s+(?:the|that|this|these|those)\s+(?:${[...PERSON_WORDS, 'one', 'ones'].join('|')})(?:\s+(?:that|who))?\s+(?!of\b)(?=\p{L})`,
  'iu',
);

/** The words that open a question: a question word or an auxiliary put first. */
/** The words that open an English question, as an alternation for a pattern. */
export const QUESTION_WORDS = 'what|who|whom|whose|why|how|when|where|which|is|are|was|were|did|does|do|can|could|will|would|has|have';
const QUESTION_WORD = new RegExp(String.raw`\b(?:${QUESTION_WORDS})\b`, 'i');
/** "ok but what did …": a "but" left opening the question once the filler before it went. */
const OPENING_BUT = new RegExp(String.raw`^but\s+(?=(?:${QUESTION_WORDS})\b)`, 'i');

const FILLER_PHRASES = new RegExp(`(?:^|\\s)(?:${FILLER.map(escapeRegExp).join('|')})(?=\\s|[?!.,]|$)`, 'giu');

/**
 * Rewrites casual chat as a plain question: `&` → "and", shorthand spelled out, contractions
 * opened, filler dropped, repeated punctuation folded. Names keep their case. A question
 * with nothing left after filler (e.g. "lol what") is returned as typed.
 */
export function normalizeChat(input: string): string {
  // A pasted link is no part of the question: its host and path would read as unknown names.
  let text = input
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  text = text.replace(YEAR_SHORTHAND, (_m, k: string | undefined, digits: string) => fullYear(digits, k !== undefined));
  // "150k" is how chat writes what articles write "150,000".
  text = text.replace(/(?<![\p{L}\p{N}.,])(\d+(?:\.\d+)?)k(?![\p{L}\p{N}])/giu, (_m, n: string) =>
    Math.round(Number(n) * 1000).toLocaleString('en-US'),
  );
  text = text.replace(/\s*&\s*/g, ' and ').replace(/([?!.])\1+/g, '$1');
  // "acc to the nao": "acc" alone may be an account; before "to" it is "according".
  text = text.replace(/\bacc\.?(?=\s+to\b)/gi, 'according');
  text = text.replace(/\p{L}*(\p{L})\1{2,}\p{L}*/gu, unstretch);
  // "doin", "sayin'": the dropped g of speech, when restoring it makes an English word.
  text = text.replace(/\b(\p{Ll}+in)(?:['’](?!\p{L})|\b)/gu, (m, word: string) =>
    !isEnglishWord(word) && isEnglishWord(`${word}g`) ? `${word}g` : m,
  );
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  // Shorthand first, so filler phrases written in shorthand ("whats the deal w") are recognised.
  text = mapWords(text, (lead, key, trail) => {
    // "w/" and "vs." carry their mark: try the marked form first, so the mark goes too.
    const marked = SHORTHAND[key + trail.slice(0, 1)];
    if (marked !== undefined) return `${lead}${marked}${trail.slice(1)}`;
    const whole = SHORTHAND[key];
    return whole === undefined ? null : `${lead}${whole}${trail}`;
  });
  text = rewriteChatPhrases(text);
  text = text.replace(FILLER_PHRASES, ' ');
  // "who's the guy X met": chat names the person asked for with a word that is no part of what is asked.
  text = text.replace(WHO_THE_ONE, '$1 ');
  const verb = verbAt(text);
  let at = -1;
  text = mapWords(text, (lead, key, trail) => {
    at += 1;
    if (at === verb) return `${lead}${FILLER_VERBS[key]}${trail}`;
    return FILLER_WORDS.has(key) || isLaughter(key) ? (/[?!.]/.test(trail) ? trail : '') : null;
  });
  const out = text
    .replace(/\s+([?!.,;:])/g, '$1')
    // "there? thanks!" loses "thanks" but not its "!": one mark ends a sentence.
    .replace(/([?!.])[?!.]+/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[?!.,;:]\s*/, '')
    .replace(/\s*[,;:]+\s*$/, '')
    .trim()
    // "ok but what did …": a "but" left opening the question once the filler before it went.
    .replace(OPENING_BUT, '')
    // A question word typed short opens the question ("hw many", "wen is", "y did"); elsewhere
    // the same letters may be a name ("Wen") or a letter.
    .replace(/^\p{Ll}+(?=\s+\p{Ll})/u, (word) => OPENING_SHORTHAND[word] ?? word);
  return /[\p{L}\p{N}]/u.test(out) ? stanceAsked(out) : input.replace(/\s+/g, ' ').trim();
}

/** "amlo on the visa plan": one to three words of a name, "on", and what they take a stance on; no question word. */
const NAME_ON = /^((?:the\s+)?[\p{L}.-]+(?:\s+[\p{L}.-]+){0,2})\s+on\s+(\S.*?)\??$/iu;

/**
 * Chat asks someone's stance as "<name> on <subject>" ("amlo on the visa plan", "videgaray on
 * maduro"): read as "what is <name>'s position on <subject>". Only when each word of the name is
 * none of English (or an acronym typed as one, "US"): "sanctions on venezuela" asks no one's
 * stance, nor "pompeo on sunday" a stance on a day.
 */
function stanceAsked(text: string): string {
  const m = NAME_ON.exec(text);
  if (m === null || QUESTION_WORD.test(text)) return text;
  const name = m[1]!.replace(/^the\s+/i, '');
  const named = name.split(/\s+/).every((w) => /^\p{Lu}{2,}$/u.test(w) || !isEnglishWord(w.toLowerCase()));
  if (!named || isDayOrMonthName(m[2]!.split(/\s+/)[0]!)) return text;
  return `what is ${m[1]}'s position on ${m[2]}`;
}

/** Verbs after which "like" compares ("does it look like a coup"): it is no verb of its own there. */
const LIKENING = /^(?:look|looks|sound|sounds|seem|seems|feel|feels|be|taste|smell)$/i;

/** Words that are filler elsewhere but the verb of a yes/no question ("did amlo like …", "did uefa ok …"), with the verb they stand for. */
const FILLER_VERBS: Record<string, string> = { like: 'like', ok: 'approve', okay: 'approve' };

/**
 * Which space-separated word of `text` is the verb "like" or "ok" of a yes/no question ("did amlo
 * like the visa plan", "ok but did lopez obrador actually like it", "did uefa ok the pitches"),
 * or -1: there it is what is asked, not filler. Filler before the question and inside its
 * subject ("actually") is passed over.
 */
function verbAt(text: string): number {
  const words = text.toLowerCase().split(' ');
  const opening = words.findIndex((w) => !FILLER_WORDS.has(w) && !/^(?:but|and)$/.test(w));
  if (!/^(?:do|does|did)$/.test(words[opening] ?? '')) return -1;
  // The subject is one to three words, with a "not" before or after it.
  const from = words[opening + 1] === 'not' ? opening + 2 : opening + 1;
  const at = words.findIndex((w, i) => i > from && i <= from + 5 && Object.hasOwn(FILLER_VERBS, w.replace(/[?!.,]+$/, '')));
  const subject = words.slice(from, words[at - 1] === 'not' ? at - 1 : at).filter((w) => !FILLER_WORDS.has(w));
  return at > 0 && subject.length > 0 && subject.length <= 3 && !subject.some((w) => LIKENING.test(w) || w === 'not') ? at : -1;
}

/**
 * A word stretched for emphasis ("whyyy", "sooo", "goood"): each run of three or more of one
 * letter becomes two when that makes an English word, else one: no English word holds three.
 */
function unstretch(word: string): string {
  // All capitals is an acronym ("AAA"), not a stretched word.
  if (!/\p{Ll}/u.test(word)) return word;
  const double = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  return isEnglishWord(double.toLowerCase()) ? double : word.replace(/(\p{L})\1{2,}/gu, '$1');
}

/** Applies `rewrite` to each space-separated word (null keeps it), with its quotes and punctuation split off. */
function mapWords(text: string, rewrite: (lead: string, key: string, trail: string) => string | null): string {
  return text
    .split(' ')
    .map((word) => {
      const [, lead = '', core = '', trail = ''] = /^([("'“‘]*)(.*?)([)"'”’?!.,;:]*)$/u.exec(word) ?? [];
      return rewrite(lead, core.toLowerCase(), trail) ?? word;
    })
    .join(' ');
}
