/**
 * Who heads a body, as the corpus names them: "OAS Secretary General Luis Almagro", "World Bank
 * president James Wolfensohn". Asked what "the OAS chief" or "the head of the OAS" said, a passage
 * in which Almagro speaks answers: he is the chief. Pure; English.
 */
import { tokenize } from '../text/tokenize.js';
import type { KeyTerm, TermStats } from './key-terms.js';
import { headsBody } from './role.js';
import { titleUses } from './title-holders.js';

/** Words a question names a body's head by: "the OAS chief", "the head of the OAS". */
const RANK = new Set(['head', 'chief', 'boss', 'leader', 'president', 'chairman', 'chairwoman', 'chair', 'director']);

/**
 * A post that heads what qualifies it: a head's post, or a secretary general's; not one heading
 * a part of it ("finance director", "interior minister").
 */
const heads = (post: string) => (headsBody(post) && !PART_OF.test(post)) || post === 'secretary general';
const PART_OF = /\b(?:finance|interior|home|foreign|defen[cs]e|affairs|state)\b/i;
/** Just before a post and what qualifies it: its holder held it before ("former Chelsea chairman Ken Bates"). */
const FORMER = /\b(?:former|ex|then|late|outgoing|previous)\b[\s-]+(?:[\p{L}’'.-]+\s+){0,3}$/iu;

/**
 * For each body the texts name a head of ("oa", "world bank": the stems qualifying the post), the
 * stemmed forms of its one head's name: the full name and the surname. A body given two heads
 * (a president now and one before) is left out: which one a question means is unknown.
 */
export function bodyHeads(texts: readonly string[]): Map<string, string[][]> {
  const names = new Map<string, Map<string, string>>();
  for (const text of texts) {
    // Most texts name no head: only those writing one of the posts are read closely.
    if (!/\b(?:head|chief|boss|leader|president|chair\w*|director|secretary[- ]general)\b/i.test(text)) continue;
    for (const use of titleUses(text)) {
      if (use.name === null || use.qualifiers.length === 0 || !heads(use.post)) continue;
      if (FORMER.test(text.slice(Math.max(0, use.start - 60), use.start))) continue;
      const key = use.qualifiers.join(' ');
      const surname = tokenize(use.name).at(-1);
      if (surname === undefined) continue;
      const known = names.get(key) ?? new Map<string, string>();
      // The fullest form of each head's name: "Luis Almagro" over "Almagro".
      if ((known.get(surname)?.length ?? 0) < use.name.length) known.set(surname, use.name);
      names.set(key, known);
    }
  }
  const out = new Map<string, string[][]>();
  for (const [key, people] of names) {
    if (people.size !== 1) continue;
    const [surname, name] = [...people][0]!;
    const full = tokenize(name);
    out.set(key, full.length > 1 ? [full, [surname]] : [full]);
  }
  return out;
}

/**
 * A body named beside a word for its head ("the oas chief", "the head of the OAS", "OAS boss")
 * is carried by its head's name too, and that head is who speaks for it: the term gets the
 * name's forms as alternatives and as `headedBy`. Left as it is when the corpus names no one head.
 */
export function withHeads(terms: KeyTerm[], words: readonly { folded: string }[], stats: TermStats): KeyTerm[] {
  if (stats.heads === undefined) return terms;
  return terms.map((t) => {
    if (!t.entity || !rankBeside(words, t.words.first, t.words.last)) return t;
    const forms = stats.heads!(t.alternatives[0]!.join(' '));
    if (forms.length === 0) return t;
    const fresh = forms.filter((f) => !t.alternatives.some((a) => a.join(' ') === f.join(' ')));
    return { ...t, alternatives: [...t.alternatives, ...fresh], headedBy: forms };
  });
}

/** A word for a head right after the name ("oas chief", "oas's boss"), or before it with "of (the)" between ("head of the oas"). */
function rankBeside(words: readonly { folded: string }[], first: number, last: number): boolean {
  const after = words[last + 1]?.folded.replace(/['’]s$/, '') ?? '';
  if (RANK.has(after)) return true;
  let k = first - 1;
  if (words[k]?.folded === 'the') k--;
  return words[k]?.folded === 'of' && RANK.has(words[k - 1]?.folded ?? '');
}
