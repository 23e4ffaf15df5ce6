import type { ForeignLanguage } from '../../text/language.js';
import { isEnglishWord } from '../../text/lexicon.js';
import type { Translator } from '../../translate/types.js';
import { foldWord } from '../../retrieval/surface-words.js';
import type { WordCounts } from '../../retrieval/vocabulary.js';
import { accentCandidates } from './accents.js';
import { capitalise } from './protect.js';

/**
 * Words the engine does not know, put right before it runs: the accented form it knows
 * ("reuniao" → "reunião"), or the capitalised one when it knows the word only as a name
 * ("caribe" → "Caribe", "latinoamerica" → "Latinoamérica"). A Spanish word right after a
 * question word (`afterQuestionWord`) that ends in "o" is read as a past verb when its form
 * in "ó" is one: chat writes "que paso en cancun" for "qué pasó" (what happened), which the
 * engine reads as "which step". A word joined to a prefix the dictionary lacks is written
 * apart ("contrapropuesta" → "contra propuesta"). Returns token → replacement.
 */
export async function restoreAccents(
  tokens: readonly string[],
  language: ForeignLanguage,
  translator: Translator,
  afterQuestionWord: ReadonlySet<string> = new Set(),
): Promise<Map<string, string>> {
  const fixes = await restoreUnknown(tokens, language, translator);
  const past = [...afterQuestionWord].filter((t) => language === 'es' && /^\p{Ll}{3,}o$/u.test(t) && !fixes.has(t));
  const known = past.length === 0 ? new Set<string>() : await translator.knownWords(past.map(preterite), language);
  for (const t of past) if (known.has(preterite(t))) fixes.set(t, preterite(t));
  return fixes;
}

const preterite = (word: string) => `${word.slice(0, -1)}ó`;

async function restoreUnknown(tokens: readonly string[], language: ForeignLanguage, translator: Translator): Promise<Map<string, string>> {
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
  const unknown: string[] = [];
  for (const [token, options] of candidates) {
    if (known.has(token) || known.has(token.toLowerCase())) continue;
    const fix = options.find((o) => known.has(o));
    if (fix !== undefined) fixes.set(token, fix);
    else unknown.push(token);
  }
  for (const [token, split] of await splitPrefixed(unknown, language, translator)) fixes.set(token, split);
  return fixes;
}

/**
 * Prefixes Spanish and Portuguese write joined to a word the dictionary may know only alone:
 * "contrapropuesta" (counterproposal), "exministro", "vicepresidenta", "posguerra".
 */
const JOINED_PREFIXES = [
  'contra',
  'anti',
  'vice',
  'super',
  'sobre',
  'inter',
  'multi',
  'semi',
  'post',
  'pos',
  'pre',
  'sub',
  'ex',
  're',
  'co',
];

/**
 * Lower-case words the dictionary lacks that are a prefix joined to a word it knows, each
 * written apart ("contrapropuesta" → "contra propuesta", which reads "against proposal"):
 * left whole, the engine leaves them as they are, and they read as names the corpus never
 * mentions. A capitalised word is left alone: it is more likely a name.
 */
async function splitPrefixed(tokens: readonly string[], language: ForeignLanguage, translator: Translator): Promise<Map<string, string>> {
  const splits = new Map<string, [string, string]>();
  for (const token of tokens) {
    const prefix = /^\p{Ll}+$/u.test(token) ? JOINED_PREFIXES.find((p) => token.startsWith(p) && token.length - p.length >= 4) : undefined;
    if (prefix !== undefined) splits.set(token, [prefix, token.slice(prefix.length)]);
  }
  if (splits.size === 0) return new Map();
  const known = await translator.knownWords([...new Set([...splits.values()].map(([, rest]) => rest))], language);
  return new Map([...splits].filter(([, [, rest]]) => known.has(rest)).map(([token, [prefix, rest]]) => [token, `${prefix} ${rest}`]));
}

/**
 * Source-language words the engine left in its English ("Cual", "pede"): they are not names,
 * and a key-term check would take them for names the corpus lacks. A word stays when it is
 * English, the corpus uses it, or neither dictionary of the question's languages knows it, even
 * with accents or in the singular (an unknown capitalised word is most likely a name: "Bolsonaro").
 */
export async function dropLeftovers(
  text: string,
  language: ForeignLanguage,
  translator: Translator,
  words: ReadonlyMap<string, WordCounts>,
  /** The placeholders' stem: they are not leftovers. */
  placeholder = 'Zqx',
): Promise<string> {
  const isPlaceholder = (w: string) => w.toLowerCase().startsWith(placeholder.toLowerCase());
  const suspects = [...new Set((text.match(/\p{L}+/gu) ?? []).filter((w) => !isPlaceholder(w)).map((w) => w.toLowerCase()))].filter(
    (w) => !isEnglishWord(foldWord(w)) && !words.has(foldWord(w)),
  );
  if (suspects.length === 0) return text;
  // Portuguese passes through Spanish, so either dictionary may know what was left behind.
  const languages: ForeignLanguage[] = language === 'pt' ? ['pt', 'es'] : ['es'];
  // The dictionary may know a word only in the singular ("expulso", not "expulsos").
  const singular = (w: string) => (/[^s]s$/.test(w) && w.length > 4 ? [w.slice(0, -1)] : []);
  const forms = (w: string, l: ForeignLanguage) => [w, ...singular(w)].flatMap((f) => [f, ...accentCandidates(f, l)]);
  const known = await Promise.all(languages.map((l) => translator.knownWords([...new Set(suspects.flatMap((w) => forms(w, l)))], l)));
  const leftover = new Set(suspects.filter((w) => languages.some((l, i) => forms(w, l).some((f) => known[i]!.has(f)))));
  return text.replace(/\p{L}+/gu, (w) => (leftover.has(w.toLowerCase()) ? '' : w));
}
