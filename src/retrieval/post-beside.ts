import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { headsAt, POST_STEMS } from './role.js';

/**
 * True when a sentence of `text` names a post beside a body, by one of its forms, with at most
 * one word between: "OAS Secretary General Luis Almagro", "the head of the Lima Group", "IMF
 * managing director Rodrigo Rato". Tighter than {@link postMentions}: a body's post is written
 * against its name, and "welcome it into the Lima Group, vowing to treat his envoy" names
 * Guaido's envoy, not the group's. With `heading`, only a post that heads it counts.
 */
export function postBeside(text: string, ownerForms: readonly (readonly string[])[], heading = false): boolean {
  return splitSentences(text).some((s) => {
    const terms = tokenize(text.slice(s.start, s.end));
    if (ownsItsPost(text.slice(s.start, s.end), terms, ownerForms, heading)) return true;
    const at = (form: readonly string[], from: number) => form.length > 0 && form.every((f, j) => terms[from + j] === f);
    // One word may stand between: "IMF managing director", "the president of the European Commission".
    const against = (form: readonly string[], i: number) => [0, 1].some((gap) => at(form, i - form.length - gap) || at(form, i + 1 + gap));
    // Asked its head, a post serving the body does not answer: "Venezuela's Representative to the UN".
    return terms.some((t, i) => POST_STEMS.has(t) && (!heading || headsAt(terms, i)) && ownerForms.some((form) => against(form, i)));
  });
}

/** "its" and the two words after it, where a post may stand: "its chief executive", "its new coach". */
const ITS = /\bits\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;

/**
 * A body that opens a sentence owns the post the sentence calls "its": "Laura Ashley is parting
 * company with its chief executive Ainum Mohd-Saaid". With `heading`, only a post that heads it.
 */
function ownsItsPost(sentence: string, terms: readonly string[], ownerForms: readonly (readonly string[])[], heading: boolean): boolean {
  if (!ownerForms.some((form) => form.length > 0 && form.every((f, j) => terms[j] === f))) return false;
  for (const m of sentence.matchAll(ITS)) {
    // "its board of directors" names a board: a post "of" something is that thing's.
    if (/\bof\b/i.test(m[1]!)) continue;
    const after = tokenize(m[1]!);
    if (after.some((t, i) => POST_STEMS.has(t) && (!heading || headsAt(after, i)))) return true;
  }
  return false;
}
