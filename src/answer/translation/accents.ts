import type { ForeignLanguage } from '../../text/language.js';

/**
 * Accented spellings of a word typed without its accents, most likely first: Portuguese
 * endings first ("reuniao" → "reunião", "oposicao" → "oposição"), then one accent on one
 * vowel ("proxima" → "próxima", "alguem" → "alguém"), or a cedilla ("ameacou" → "ameaçou"). The caller keeps only the forms the
 * translation engine's dictionary knows. Pure.
 */
export function accentCandidates(word: string, language: ForeignLanguage): string[] {
  if (/[^a-zñç]/.test(word)) return [];
  const out: string[] = [];
  if (language === 'pt') {
    for (const [plain, accented] of PT_ENDINGS) if (word.endsWith(plain)) out.push(word.slice(0, -plain.length) + accented);
  }
  const marks = language === 'pt' ? PT_VOWELS : ES_VOWELS;
  for (let i = 0; i < word.length; i++) {
    for (const v of marks[word[i]!] ?? []) out.push(word.slice(0, i) + v + word.slice(i + 1));
  }
  if (language === 'es' && word.includes('n')) out.push(word.replace(/n(?=[aeiou])/, 'ñ'));
  // A cedilla dropped before a, o or u: "ameacou" → "ameaçou", "comecar" → "começar".
  if (language === 'pt') for (const m of word.matchAll(/c(?=[aou])/g)) out.push(`${word.slice(0, m.index)}ç${word.slice(m.index + 1)}`);
  return [...new Set(out)];
}

const PT_ENDINGS: [string, string][] = [
  ['coes', 'ções'],
  ['cao', 'ção'],
  ['soes', 'sões'],
  ['sao', 'são'],
  ['oes', 'ões'],
  ['aes', 'ães'],
  ['ao', 'ão'],
  ['a', 'ã'],
];
const ES_VOWELS: Record<string, string[]> = { a: ['á'], e: ['é'], i: ['í'], o: ['ó'], u: ['ú'] };
const PT_VOWELS: Record<string, string[]> = { a: ['á', 'â', 'ã', 'à'], e: ['é', 'ê'], i: ['í'], o: ['ó', 'ô', 'õ'], u: ['ú'] };
