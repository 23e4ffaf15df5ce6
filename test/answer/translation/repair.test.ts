import { describe, expect, it } from 'vitest';
import { dropLeftovers, restoreAccents } from '../../../src/answer/translation/repair.js';
import { buildVocabulary } from '../../../src/retrieval/vocabulary.js';
import { FakeTranslator } from '../../../src/testing/fake-translator.js';

/** A dictionary that knows only the accented spellings, as Apertium's does. */
const translator = new FakeTranslator({
  reunião: 'meeting',
  próxima: 'next',
  caribe: '',
  cuál: 'which',
  pede: 'asks',
  grupo: 'group',
  expulso: 'expelled',
});
const { words } = buildVocabulary(['Almagro met Bolsonaro in Lima. The meeting asked for more.']);

describe('restoreAccents', () => {
  it('puts back the accent of a word the dictionary knows only with it', async () => {
    const fixes = await restoreAccents(['reuniao', 'proxima', 'grupo'], 'pt', translator);
    expect([...fixes]).toEqual([
      ['reuniao', 'reunião'],
      ['proxima', 'próxima'],
    ]);
  });

  it('reads a Spanish word in "o" right after a question word as the past verb its "ó" form is', async () => {
    const pasar = new FakeTranslator({ paso: 'step', pasó: 'happened', grupo: 'group' });
    const fixes = await restoreAccents(['paso', 'grupo'], 'es', pasar, new Set(['paso', 'grupo']));
    expect([...fixes]).toEqual([['paso', 'pasó']]);
    expect((await restoreAccents(['paso'], 'es', pasar)).size).toBe(0);
    expect((await restoreAccents(['paso'], 'pt', pasar, new Set(['paso']))).size).toBe(0);
  });

  it('writes a prefix apart from a word the dictionary knows only alone, but not in a capitalised word', async () => {
    const prefixed = new FakeTranslator({ propuesta: 'proposal', ministro: 'minister' });
    const fixes = await restoreAccents(['contrapropuesta', 'exministro', 'Exministro', 'contraxyz'], 'es', prefixed);
    expect([...fixes]).toEqual([
      ['contrapropuesta', 'contra propuesta'],
      ['exministro', 'ex ministro'],
    ]);
  });

  it('leaves alone words it knows, and words nothing matches', async () => {
    expect((await restoreAccents(['grupo', 'xyzzy'], 'pt', translator)).size).toBe(0);
  });
});

describe('dropLeftovers', () => {
  it('drops source-language words the engine left in its English, accents aside', async () => {
    expect(await dropLeftovers('Cual country asked', 'es', translator, words)).toBe(' country asked');
    expect(await dropLeftovers('Almagro pede more', 'pt', translator, words)).toBe('Almagro  more');
  });

  it('drops a plural the dictionary knows only in the singular', async () => {
    expect(await dropLeftovers('the migrants expulsos to Mexico', 'pt', translator, words)).toBe('the migrants  to Mexico');
  });

  it('keeps English words, the corpus’s words and unknown names', async () => {
    expect(await dropLeftovers('What did Bolsonaro and Trudeau say', 'es', translator, words)).toBe('What did Bolsonaro and Trudeau say');
  });
});
