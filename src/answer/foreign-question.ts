import { normalizeForeignChat } from '../text/chat-foreign.js';
import { FOREIGN_ACRONYMS, isFunctionWord } from '../text/foreign-words.js';
import { countryNamesIn } from '../text/geo.js';
import { isEnglishWord } from '../text/lexicon.js';
import type { ForeignLanguage } from '../text/language.js';
import type { EnglishReading, Translator } from '../translate/types.js';
import { foldWord, NAME_SHARE, nameShare, type WordCounts } from '../retrieval/vocabulary.js';
import { accentCandidates } from './accents.js';

/** A stretch of the question kept from translation, and the English it stands for. */
interface Protected {
  start: number;
  end: number;
  english: string;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}’'-]*|\p{N}+/gu;
const MAX_NAME_WORDS = 6;

/**
 * The English reading of a Spanish or Portuguese question, for searching an English corpus.
 * The engine alone turns lowercase names into words ("maduro" → "mature", "lima" → "file"), so
 * first: chat shorthand is spelled out; countries, acronyms and every name the corpus itself
 * uses are swapped for inert placeholders and put back afterwards in their English form, with
 * capitals; words typed without their accents get them back when the engine's dictionary knows
 * only the accented form.
 */
export async function readInEnglish(
  question: string,
  language: ForeignLanguage,
  translator: Translator,
  words: ReadonlyMap<string, WordCounts>,
): Promise<EnglishReading> {
  const text = normalizeForeignChat(question, language);
  const spans = protect(text, language, words);
  const tokens = [...text.matchAll(WORD)].filter((m) => !spans.some((s) => m.index >= s.start && m.index < s.end));
  const fixes = await restoreAccents(
    tokens.map((m) => m[0]),
    language,
    translator,
  );
  // Rebuild the text: placeholders for protected spans, accent fixes for the rest.
  const edits = [
    ...spans.map((s, i) => ({ start: s.start, end: s.end, text: placeholder(i) })),
    ...tokens.filter((m) => fixes.has(m[0])).map((m) => ({ start: m.index, end: m.index + m[0].length, text: fixes.get(m[0])! })),
  ].sort((a, b) => a.start - b.start);
  let prepared = '';
  let last = 0;
  for (const e of edits) {
    prepared += text.slice(last, e.start) + e.text;
    last = e.end;
  }
  prepared += text.slice(last);
  const english = await translator.toEnglish(prepared, language);
  const kept = await dropLeftovers(english.text, language, translator, words);
  const restored = kept.replace(/\bZqx([a-z]+)\b/gi, (whole, key: string) => spans[indexOf(key.toLowerCase())]?.english ?? whole);
  return { text: restored.replace(/\s+/g, ' ').trim(), choices: english.choices };
}

/**
 * Source-language words the engine left in its English ("Cual", "pede"): they are not names,
 * and a key-term check would take them for names the corpus lacks. A word stays when it is
 * English, the corpus uses it, or neither dictionary of the question's languages knows it
 * (an unknown capitalised word is most likely a name: "Bolsonaro").
 */
async function dropLeftovers(
  text: string,
  language: ForeignLanguage,
  translator: Translator,
  words: ReadonlyMap<string, WordCounts>,
): Promise<string> {
  const suspects = [...new Set((text.match(/\p{L}+/gu) ?? []).filter((w) => !/^Zqx/i.test(w)).map((w) => w.toLowerCase()))].filter(
    (w) => !isEnglishWord(foldWord(w)) && !words.has(foldWord(w)),
  );
  if (suspects.length === 0) return text;
  const languages: ForeignLanguage[] = language === 'pt' ? ['pt', 'es'] : ['es'];
  // With their accents too: pt-es writes "Cual", which only spa-eng's "cuál" matches.
  const forms = (w: string, l: ForeignLanguage) => [w, ...accentCandidates(w, l)];
  const known = await Promise.all(languages.map((l) => translator.knownWords([...new Set(suspects.flatMap((w) => forms(w, l)))], l)));
  const leftover = new Set(suspects.filter((w) => languages.some((l, i) => forms(w, l).some((f) => known[i]!.has(f)))));
  return text.replace(/\p{L}+/gu, (w) => (leftover.has(w.toLowerCase()) ? '' : w));
}

/** Inert words the engine passes through: "Zqxa", "Zqxb", … "Zqxaa". */
function placeholder(i: number): string {
  let key = '';
  let n = i;
  do {
    key = String.fromCharCode(97 + (n % 26)) + key;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `Zqx${key}`;
}

function indexOf(key: string): number {
  let n = 0;
  for (const ch of key) n = n * 26 + (ch.charCodeAt(0) - 96);
  return n - 1;
}

/** Countries, acronyms the corpus uses, and runs of the corpus's names, longest first. */
function protect(text: string, language: ForeignLanguage, words: ReadonlyMap<string, WordCounts>): Protected[] {
  const spans: Protected[] = [];
  const free = (start: number, end: number) => spans.every((s) => end <= s.start || start >= s.end);
  const add = (start: number, end: number, english: string) => {
    if (free(start, end)) spans.push({ start, end, english });
  };
  for (const [form, english] of Object.entries(FOREIGN_ACRONYMS)) {
    if (!words.has(foldWord(english))) continue;
    const escaped = form.replace(/[.]/g, '\\.').replace(/ /g, '\\s*');
    // Short acronyms only in capitals ("UE"); longer ones in any case ("oea").
    const re = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, form.replace(/\W/g, '').length >= 3 ? 'giu' : 'gu');
    for (const m of text.matchAll(re)) add(m.index, m.index + m[0].length, english);
  }
  const tokens = [...text.matchAll(WORD)];
  const countries = foldedCountries(language);
  for (let i = 0; i < tokens.length; i++) {
    // Only a country the corpus names, or one typed with a capital: "reunión" is also Réunion.
    for (let n = Math.min(MAX_NAME_WORDS, tokens.length - i); n >= 1; n--) {
      const run = tokens.slice(i, i + n);
      const english = countries.get(run.map((t) => foldWord(t[0])).join(' '));
      const named = english !== undefined && (words.has(foldWord(english.split(' ')[0]!)) || /^\p{Lu}/u.test(run[0]![0]));
      if (named && joined(text, run)) {
        add(run[0]!.index, run[n - 1]!.index + run[n - 1]![0].length, english);
        break;
      }
    }
  }
  const isName = (w: string) => {
    const counts = words.get(foldWord(w));
    return counts !== undefined && w.length > 1 && !isFunctionWord(w, language) && nameShare(counts, foldWord(w)) >= NAME_SHARE;
  };
  for (let i = 0; i < tokens.length;) {
    let n = 0;
    while (i + n < tokens.length && isName(tokens[i + n]![0]) && (n === 0 || joined(text, tokens.slice(i + n - 1, i + n + 1)))) n++;
    if (n > 0) {
      const run = tokens.slice(i, i + n);
      add(run[0]!.index, run[n - 1]!.index + run[n - 1]![0].length, run.map((t) => capitalise(t[0])).join(' '));
    }
    i += Math.max(1, n);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** True when only spaces separate the tokens (a comma ends a name). */
function joined(text: string, run: RegExpMatchArray[]): boolean {
  return run.every((t, k) => k === 0 || /^\s+$/.test(text.slice(run[k - 1]!.index! + run[k - 1]![0].length, t.index)));
}

const capitalise = (w: string) => (/^\p{Ll}/u.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w);

const countryCache = new Map<ForeignLanguage, Map<string, string>>();
function foldedCountries(language: ForeignLanguage): Map<string, string> {
  let map = countryCache.get(language);
  if (!map) {
    map = new Map([...countryNamesIn(language)].map(([form, english]) => [form.split(/\s+/).map(foldWord).join(' '), english]));
    countryCache.set(language, map);
  }
  return map;
}

/**
 * Words the engine does not know, put right: the accented form it knows ("reuniao" →
 * "reunião"), or the capitalised one when it knows the word only as a name ("caribe" →
 * "Caribe", "latinoamerica" → "Latinoamérica").
 */
async function restoreAccents(tokens: string[], language: ForeignLanguage, translator: Translator): Promise<Map<string, string>> {
  const candidates = new Map(
    tokens
      .filter((t) => /^\p{L}{3,}$/u.test(t))
      .map((t) => {
        const plain = accentCandidates(t.toLowerCase(), language);
        return [t, [...plain, ...[t.toLowerCase(), ...plain].map(capitalise)]] as const;
      }),
  );
  const all = [...new Set([...candidates.keys(), ...[...candidates.values()].flat()])];
  const known = await translator.knownWords(all, language);
  const fixes = new Map<string, string>();
  for (const [token, options] of candidates) {
    if (known.has(token) || known.has(token.toLowerCase())) continue;
    const fix = options.find((o) => known.has(o));
    if (fix !== undefined) fixes.set(token, fix);
  }
  return fixes;
}
