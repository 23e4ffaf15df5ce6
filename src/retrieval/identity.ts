import type { QuestionAnalysis } from './key-terms.js';
import { headStems } from './naming.js';
import { isPlaceName } from '../text/geo.js';
import { HONORIFIC, isPostWord } from './role.js';
import { splitSentences } from '../text/sentences.js';
import { nextTo, wordsOf, type SentenceWord } from '../text/words.js';

/**
 * Questions asking who someone is ("whos guaido", "who is Samuel Moncada"), and the sentences
 * that introduce them. News introduces a person once, in full and with a title or description
 * ("US-backed opposition leader Juan Guaido", "Peru's foreign minister, Nestor Popolizio"), and
 * after that writes the surname alone: only the introduction says who they are. Pure; English.
 */

/** "Who is / was X", "whos X", "who's X", with nothing else asked. */
const ASKS_WHO = /^(?:who\s+(?:is|was)|whos|who['’]s)\s+\S/i;
/** Particles inside a name: "Luis Alfonso de Alba". */
const PARTICLE = /^(?:de|da|del|dos|van|von|la|le)$/;
/** Small words that describe no one: "the" before a name is no title. */
const FUNCTION =
  /^(?:the|a|an|of|and|or|to|by|with|for|from|in|on|at|as|that|which|who|whom|his|her|their|its|is|was|were|are|be|been|has|have|had|said|says|told)$/i;

/**
 * For a question asking only who someone is, whether a passage introduces them; null for any
 * other question, and for one asking about a place or a body named after one.
 */
export function introducesAsked(reading: QuestionAnalysis): ((text: string) => boolean) | null {
  if (!ASKS_WHO.test(reading.searchText.trim())) return null;
  if (reading.terms.length === 0 || reading.terms.some((t) => !t.entity || !t.inCorpus)) return null;
  // A place, or a body named after one ("the Lima Group"), is introduced otherwise than a person.
  if (reading.terms.some((t) => isPlaceName(t.text))) return null;
  const heads = headStems(reading.terms.flatMap((t) => t.alternatives));
  return (text) => splitSentences(text).some((s) => introduces(text.slice(s.start, s.end), heads));
}

/**
 * True when `sentence` writes the name ending in one of `heads` in full (a first name before it)
 * with a description: a word of it just before ("leader Juan Guaido", "minister, Nestor
 * Popolizio"), a title within the name ("Secretary General Luis Almagro"), or an aside after
 * it ("Luis Almagro, the OAS Secretary General").
 */
function introduces(sentence: string, heads: ReadonlySet<string>): boolean {
  const words = wordsOf(sentence);
  const capital = (w: SentenceWord | undefined) => w !== undefined && /^\p{Lu}/u.test(w.text);
  return words.some((w, i) => {
    if (!heads.has(w.stem) || !capital(w)) return false;
    let first = i;
    const inName = (w: SentenceWord | undefined) => capital(w) || PARTICLE.test(w?.text ?? '');
    while (first > 0 && inName(words[first - 1]) && nextTo(sentence, words, first - 1)) first--;
    // A capitalised "The" opening the sentence is no part of the name.
    while (first < i && (PARTICLE.test(words[first]!.text) || FUNCTION.test(words[first]!.text))) first++;
    // An honorific is no first name: "Mr Kilroy-Silk" is not written in full.
    if (first === i || (first === i - 1 && HONORIFIC.test(words[first]!.text))) return false;
    const before = words[first - 1];
    // A description stands right before the name ("leader Juan Guaido"), or a post before a comma ("minister, Nestor Popolizio").
    const adjacent = first > 0 && nextTo(sentence, words, first - 1);
    const described =
      before !== undefined &&
      !capital(before) &&
      !FUNCTION.test(before.text) &&
      (adjacent ? !/(?:ed|ing)$/.test(before.text) : isPostWord(before.text));
    const titled = i - first >= 2 && first > 0;
    const aside = /^,\s+(?:the|a|an)\s/i.test(sentence.slice(w.end));
    return described || titled || aside;
  });
}
