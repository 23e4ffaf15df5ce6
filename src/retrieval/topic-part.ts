/**
 * Chat often names the story first and then asks about it: "the dad suing walmart over the
 * evanescence cd w/ swears - how much r they after per customer", "xbox cable fire thing - did
 * anyone actually get burnt?". The words of that opening part say which story is meant, as an
 * article's headline and lede do; the part after asks what the answering passage must hold.
 * Pure; English (a translated question is read in its English reading).
 */
import { QUESTION_WORDS } from '../text/chat.js';
import { surfaceWords } from './surface-words.js';
import { OPENING_FILLER } from './whether.js';

/** A word that opens a question proper, as chat normalisation writes it ("whats" is "what is"); "had" and "should" too. */
const QUESTION_WORD = new RegExp(String.raw`^(?:${QUESTION_WORDS}|had|should)\b`, 'i');

/** Where the opening part may end: a dash, a colon, a comma, a question mark or trailing dots, then a space. */
const BREAK = /\s+[-–—]+\s+|\s*[:;,?!]+\s+|\.{2,}\s*/g;

/** The fewest words an opening part needs to name a story ("that bond film thing" is one; "so," is not). */
const MIN_WORDS = 2;

/**
 * Where the question proper begins, as the index of its first word in {@link surfaceWords}
 * (`text`): the words before it, but for chat filler, only name the story asked about. 0 when
 * the question opens with what it asks. The opening part asks nothing itself (it opens on no
 * question word); the part after does.
 */
export function questionStart(text: string): number {
  const opening = text.replace(new RegExp(OPENING_FILLER, 'i'), '');
  const skipped = text.length - opening.length;
  if (QUESTION_WORD.test(opening)) return 0;
  for (const m of opening.matchAll(BREAK)) {
    const rest = opening.slice(m.index + m[0].length);
    if (!QUESTION_WORD.test(rest)) continue;
    const words = surfaceWords(text.slice(0, skipped + m.index)).length;
    return words - surfaceWords(text.slice(0, skipped)).length >= MIN_WORDS ? words : 0;
  }
  return 0;
}
