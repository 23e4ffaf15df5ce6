/**
 * Who a title stands for. News names a person once with their post ("OAS Secretary General Luis
 * Almagro", "The Mexican president, Andrés Manuel López Obrador,") and then often by the post
 * alone: "The Secretary General is still calling for early elections", "The Mexican president
 * considered …". A passage that says only the title still speaks of that person. Pure; English.
 */
import { askedWho } from './asked-post.js';
import { isPostWord } from './role.js';
import { tokenize } from '../text/tokenize.js';
import { wordsOf, type SentenceWord } from '../text/words.js';
import { withInsertions, type Insertion } from '../text/insertions.js';

/** A post an article names someone by, and where: the post (lowercase), the words qualifying it and the name. */
export interface TitleUse {
  /** The post, lowercase: "secretary general", "foreign minister", "president". */
  post: string;
  /** Stems of the words before the post that say whose it is ("oas", "mexican", "peru"). */
  qualifiers: string[];
  /** The name written with the post, or null when the post stands alone ("The Secretary General is …"). */
  name: string | null;
  /** Where the use ends in the text: a name is added there when reading it. */
  end: number;
  /** The post follows "the" or a possessive: only then does it stand for someone named before. */
  definite: boolean;
  /** Where the post's own words begin in the text. */
  start: number;
  /** The names among the qualifiers, as written ("US", "Mexico"), without one saying who backs the holder ("US-backed"). */
  affiliation: string[];
}

/** Words belonging to a post: "foreign minister", "prime minister", "Secretary General", "Secretary of State". */
const POST_PART = /^(?:foreign|prime|vice|deputy|general|interior|defen[cs]e|finance|home|state|of|affairs|acting|interim)$/i;
const CAPITAL = /^\p{Lu}/u;
/** A word ending in punctuation that ends a sentence or a clause. */
const CLOSES = /[.!?;:]["”’)]*$/u;

/** A word that may qualify a post: a name, a demonym, an acronym or a possessive ("OAS", "Mexican", "Peru's"), "US-backed", "opposition". */
const qualifies = (w: string) => (CAPITAL.test(w) && !/^(?:The|A|An)$/.test(w)) || /-backed$/i.test(w) || /^opposition$/i.test(w);

/** True when only spaces stand between word `i` and the next (no comma, no sentence end). */
const spaced = (text: string, words: readonly SentenceWord[], i: number) =>
  /^\s+$/.test(text.slice(words[i]!.end, words[i + 1]?.start ?? words[i]!.end));

/** Every use of a post in `text`, in order: with the name it introduces, or alone. */
export function titleUses(text: string): TitleUse[] {
  const words = wordsOf(text);
  const uses: TitleUse[] = [];
  for (let p = 0; p < words.length; p++) {
    if (!isPostWord(words[p]!.text)) continue;
    // The post's own words: "foreign minister", "Secretary of State".
    let start = p;
    while (start > 0 && POST_PART.test(words[start - 1]!.text) && spaced(text, words, start - 1)) start--;
    let end = p;
    while (end + 1 < words.length && spaced(text, words, end) && POST_PART.test(words[end + 1]!.text) && !CLOSES.test(words[end]!.text))
      end++;
    // "leader of Venezuela": a post ends before "of" unless a post's word follows it ("of State").
    while (end > p && /^of$/i.test(words[end]!.text)) end--;
    let from = start;
    while (from > 0 && spaced(text, words, from - 1) && qualifies(words[from - 1]!.text) && !CLOSES.test(words[from - 1]!.text)) from--;
    const definite = from > 0 && /^the$/i.test(words[from - 1]!.text) && spaced(text, words, from - 1);
    const possessive = words.slice(from, start).some((w) => /[’']s$/u.test(w.text));
    // Only one holder is named after a post: "vice presidents" introduce no name.
    const name = /s$/i.test(words[p]!.text) ? null : nameAfter(text, words, end, definite || possessive);
    const post = words
      .slice(start, end + 1)
      .map((w) => w.text.replace(/[^\p{L}]+$/u, ''))
      .join(' ')
      .toLowerCase();
    const qualifiers = tokenize(
      words
        .slice(from, start)
        .map((w) => w.text.replace(/-backed$/i, ''))
        .join(' '),
    );
    const affiliation = words
      .slice(from, start)
      .map((w) => w.text.replace(/(?:[’']s)?[^\p{L}]*$/u, ''))
      .filter((w) => CAPITAL.test(w) && !/-backed$/i.test(w) && !NOT_IN_OFFICE.test(`${w} `));
    uses.push({
      post,
      qualifiers,
      affiliation,
      name: name?.text ?? null,
      end: words[end]!.end,
      definite: definite || possessive,
      start: words[start]!.start,
    });
    p = name?.last ?? end;
  }
  return uses;
}

/** The name right after the post ending at word `end`: capitalised words, after a comma only when `apposition` allows one. */
function nameAfter(text: string, words: readonly SentenceWord[], end: number, apposition: boolean): { text: string; last: number } | null {
  if (CLOSES.test(words[end]!.text)) return null;
  const gap = text.slice(words[end]!.end, words[end + 1]?.start ?? text.length);
  if (!/^\s+$/.test(gap) && !(apposition && /^,\s+$/.test(gap))) return null;
  let last = end;
  while (last + 1 < words.length && last - end < 4) {
    const w = words[last + 1]!.text;
    const particle = /^(?:de|del|da|dos|van|von)$/.test(w) && last > end;
    if (!(CAPITAL.test(w) && !isPostWord(w) && !/^The$/.test(w)) && !particle) break;
    last++;
    if (CLOSES.test(w) || !spaced(text, words, last)) break;
  }
  if (last === end) return null;
  // An apposition closes with a comma or the sentence: in "he did not trust the prime minister,
  // Mr Brown replied" the name after the comma opens a clause of its own.
  const after = text.slice(words[last]!.end, words[last + 1]?.start ?? text.length);
  if (/^,/.test(gap) && !/^\s*,/.test(after) && !CLOSES.test(words[last]!.text) && words[last + 1] !== undefined) return null;
  return { text: text.slice(words[end + 1]!.start, words[last]!.end).replace(/(?:[’']s)?[^\p{L}]*$/u, ''), last };
}

/**
 * The text of `article` from `start` to `end` as read, not as quoted: each post standing alone
 * for someone ("The Secretary General is …") is followed by the name of the one person the
 * article names with that post (see holderInsertions).
 */
export function withTitleHolders(article: string, uses: readonly TitleUse[], start: number, end: number): string {
  return withInsertions(article, holderInsertions(uses), start, end);
}

/**
 * Where each post standing alone for someone is followed by that person's name: the one person
 * the article names with that post, unless it names several ("the president" of two countries).
 * A post qualified ("The Mexican president") stands for a holder qualified the same way.
 */
export function holderInsertions(uses: readonly TitleUse[]): Insertion[] {
  const holders = uses.filter((u): u is TitleUse & { name: string } => u.name !== null);
  const insertions: Insertion[] = [];
  for (const use of uses) {
    if (use.name !== null || !use.definite) continue;
    const named = holders.filter((h) => h.post === use.post && use.qualifiers.every((q) => h.qualifiers.includes(q)));
    const people = new Set(named.map((h) => surname(h.name)));
    if (people.size !== 1) continue;
    const fullest = named.reduce((a, b) => (b.name.length > a.length ? b.name : a), '');
    insertions.push({ at: use.end, text: ` ${fullest}` });
  }
  return insertions;
}

/** The last word of a name, lowercase: by it "Nicolas Maduro" and "Maduro" are one holder. */
const surname = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();

/** Words before a post saying its holder is not the one in office: "Shadow foreign secretary Michael Ancram", "Former Labour prime minister". */
const NOT_IN_OFFICE = /\b(?:shadow|former|ex|outgo(?:ing)?|then)[\s-]+$/i;

/**
 * The post a "who is the home secretary" question asks the holder of, naming no one else's, and
 * whether a text names a holder of it: the post written with a name ("Home Secretary Charles
 * Clarke"), not a shadow's or a former holder's ("Deputy Prime Minister" is a post of its own).
 * Null for any other question; with an owner ("of Peru"), the post check reads it.
 */
export function holderAsked(question: string): ((text: string) => boolean) | null {
  const words = (askedWho(question)?.split(/\s+/) ?? []).filter((w) => !/^current$/i.test(w));
  if (!words.some(isPostWord) || !words.every((w) => isPostWord(w) || POST_PART.test(w)) || /^of$/i.test(words.at(-1) ?? '')) return null;
  const post = words.join(' ').toLowerCase();
  return (text) =>
    titleUses(text).some(
      (u) =>
        u.post === post &&
        u.name !== null &&
        !NOT_IN_OFFICE.test(text.slice(Math.max(0, u.start - 12), u.start)) &&
        !u.qualifiers.some((q) => NOT_IN_OFFICE.test(`${q} `)),
    );
}
