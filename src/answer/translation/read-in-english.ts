import { followsQuestionWord, normalizeForeignChat } from '../../text/chat-foreign.js';
import type { ForeignLanguage } from '../../text/language.js';
import type { EnglishReading, Translator } from '../../translate/types.js';
import type { WordCounts } from '../../retrieval/vocabulary.js';
import { isEnglishWord } from '../../text/lexicon.js';
import { isBareCountryName } from '../../text/geo.js';
import { capitalise, isCorpusName, protect, WORD } from './protect.js';
import { mendIdioms } from './idioms.js';
import { dropLeftovers, restoreAccents } from './repair.js';

/**
 * The English reading of a Spanish or Portuguese question, for searching an English corpus.
 * The engine alone turns lowercase names into words ("maduro" → "mature", "lima" → "file"), so
 * first: chat shorthand is spelled out; countries, acronyms and the corpus's names become inert
 * placeholders, put back afterwards in English with capitals (names the engine knows only as
 * names are just capitalised); words typed without accents get them back. Afterwards, words
 * of the source language the engine left behind are dropped.
 */
export async function readInEnglish(
  question: string,
  language: ForeignLanguage,
  translator: Translator,
  words: ReadonlyMap<string, WordCounts>,
): Promise<EnglishReading> {
  const text = normalizeForeignChat(question, language);
  // A stem no word of the question starts with, so a member typing one cannot confuse the restore.
  const prefix = PREFIXES.find((p) => !new RegExp(`\\b${p}`, 'i').test(text)) ?? PREFIXES[0]!;
  const all = [...text.matchAll(WORD)];
  const names = [...new Set(all.map((m) => m[0]).filter((w) => isCorpusName(w, language, words)))].map(capitalise);
  const safe = await translator.properNouns(names, language);
  const spans = protect(text, language, words, safe);
  const free = all.filter((m) => !spans.some((s) => m.index >= s.start && m.index < s.end));
  const fixes = await restoreAccents(
    free.map((m) => m[0]),
    language,
    translator,
    new Set(free.filter((m) => followsQuestionWord(text, m.index)).map((m) => m[0])),
  );
  const edits = [
    ...spans.map((s, i) => ({ start: s.start, end: s.end, text: placeholder(prefix, i) })),
    ...free.filter((m) => safe.has(capitalise(m[0]))).map((m) => ({ start: m.index, end: m.index + m[0].length, text: capitalise(m[0]) })),
    ...free.filter((m) => fixes.has(m[0])).map((m) => ({ start: m.index, end: m.index + m[0].length, text: fixes.get(m[0])! })),
  ].sort((a, b) => a.start - b.start);
  let prepared = '';
  let last = 0;
  for (const e of edits) {
    if (e.start < last) continue; // a word both capitalised and accent-fixed: the first edit wins
    prepared += text.slice(last, e.start) + e.text;
    last = e.end;
  }
  prepared += text.slice(last);
  const english = await translator.toEnglish(prepared, language);
  const kept = await dropLeftovers(mendIdioms(sentenceCase(english.text, prefix)), language, translator, words, prefix);
  const restored = kept.replace(
    new RegExp(`\\b${prefix}([a-z]+)\\b`, 'gi'),
    (whole, key: string) => spans[indexOf(key.toLowerCase())]?.english ?? whole,
  );
  return {
    text: withoutCountryArticle(restored)
      .replace(/\s+/g, ' ')
      .replace(/\s+([?.!,])/g, '$1')
      .trim(),
    choices: english.choices,
  };
}

/**
 * Apertium moves a sentence's opening capital onto the word after an unknown first word, and a
 * placeholder is unknown: "Zqxa se reunió con Zqxb" comes back "Zqxa Gathered with Zqxb", which
 * then reads as the name "Pompeo Gathered". A common English word there is put back in lower case.
 */
function sentenceCase(english: string, prefix: string): string {
  return english.replace(
    new RegExp(`(^|[.!?]\\s+)([¿¡"“]?\\s*${prefix}[a-z]+\\s+)(\\p{Lu}\\p{Ll}+)\\b`, 'gu'),
    (whole, start: string, name: string, word: string) => (isEnglishWord(word.toLowerCase()) ? start + name + word.toLowerCase() : whole),
  );
}

/** "the Mexico" → "Mexico": the source language's article before a country English names bare. */
function withoutCountryArticle(english: string): string {
  return english.replace(/\b([Tt])he\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)/gu, (whole, t: string, name: string) => {
    if (!isBareCountryName(name)) return whole;
    // At the start of the question the country now opens it: "The Mexico …" → "Mexico …".
    return name;
  });
}

/** Stems of placeholders: letter runs no Spanish, Portuguese or English word begins with. */
const PREFIXES = ['Zqx', 'Qzv', 'Xkq', 'Vqz'];

/** Inert words the engine passes through: "Zqxa", "Zqxb", … "Zqxaa". */
function placeholder(prefix: string, i: number): string {
  let key = '';
  let n = i;
  do {
    key = String.fromCharCode(97 + (n % 26)) + key;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `${prefix}${key}`;
}

function indexOf(key: string): number {
  let n = 0;
  for (const ch of key) n = n * 26 + (ch.charCodeAt(0) - 96);
  return n - 1;
}
