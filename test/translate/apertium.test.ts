import { describe, expect, it } from 'vitest';
import { ApertiumCommand, installedPairs } from '../../src/translate/apertium.js';
import { apertium } from '../support/apertium.js';

/** Resolves to the code of the CitebotError `promise` rejects with. */
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: { code?: string }) => e.code,
  );

describe.skipIf(apertium === null)('ApertiumCommand', () => {
  it('translates Spanish into English', async () => {
    const { text } = await apertium!.toEnglish('¿Cuál es la política de México sobre Venezuela?', 'es');
    expect(text).toMatch(/Mexico/);
    expect(text).toMatch(/Venezuela/);
  });

  it('translates Portuguese into English through Spanish', async () => {
    const { text } = await apertium!.toEnglish('Quais países ainda apoiam a Venezuela?', 'pt');
    expect(text).toMatch(/countries/i);
  });

  it('lists every English word the dictionary offers for a content word', async () => {
    const { choices } = await apertium!.toEnglish('¿Qué hicieron para apoyar a Guaidó?', 'es');
    expect(choices).toContainEqual(expect.arrayContaining(['lean', 'support']));
  });

  it('knows which words its dictionary holds, and which only as proper nouns', async () => {
    expect(await apertium!.knownWords(['reunião', 'reuniao', 'próxima'], 'pt')).toEqual(new Set(['reunião', 'próxima']));
    // Spanish that pt-es writes ("presos" → "prendidos") and the Spanish–English dictionary lacks.
    expect(await apertium!.knownWords(['prendidos', 'xqztv'], 'es')).toEqual(new Set(['prendidos']));
    const names = await apertium!.properNouns(['México', 'Maduro', 'Lima', 'Guaidó'], 'es');
    expect(names.has('México')).toBe(true);
    expect(names.has('Maduro')).toBe(false); // also an adjective ("ripe")
    expect(names.has('Lima')).toBe(false); // also a noun ("file")
  });

  it('translates English into Spanish and Portuguese (for labelled machine translations)', async () => {
    expect(await apertium!.fromEnglish('The meeting ended without a vote.', 'es')).toMatch(/reunión|votación|voto/i);
    expect(await apertium!.fromEnglish('The meeting ended without a vote.', 'pt')).toMatch(/reunião|votação|voto/i);
  });
});

describe('ApertiumCommand failures', () => {
  it('fails with TRANSLATION_FAILED when the command is missing or a pair is not installed', async () => {
    const missing = new ApertiumCommand({ command: '/nonexistent/apertium', dataDir: '/nonexistent', timeoutMs: 2000 });
    expect(await rejection(missing.toEnglish('hola', 'es'))).toBe('TRANSLATION_FAILED');
    expect(await rejection(missing.knownWords(['hola'], 'es'))).toBe('TRANSLATION_FAILED');
  });

  it('lists no pairs for a command that does not exist', async () => {
    expect(await installedPairs('/nonexistent/apertium')).toEqual(new Set());
  });
});
