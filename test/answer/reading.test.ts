import { describe, expect, it } from 'vitest';
import { readQuestion, searchedAsTyped, type TranslatorChoice } from '../../src/answer/reading.js';
import { CitebotError } from '../../src/errors.js';
import { buildVocabulary } from '../../src/retrieval/vocabulary.js';
import { FakeTranslator } from '../../src/testing/fake-translator.js';

const { words } = buildVocabulary(['Venezuelan President Nicolas Maduro met Almagro in Caracas. The meeting failed.']);
const documentShare = () => 0.1;
const read = (question: string, translator: TranslatorChoice, locale?: string) =>
  readQuestion(question, { translator, words, documentShare, ...(locale ? { locale } : {}) });
const engine = (t: FakeTranslator): TranslatorChoice => ({ translator: t, missing: null });

describe('readQuestion', () => {
  it('leaves an English question alone and never calls the engine', async () => {
    const translator = new FakeTranslator({});
    const reading = await read('What did Maduro say in Caracas?', engine(translator));
    expect(reading).toEqual({ language: 'en', english: null, alsoSearch: '', untranslated: null });
    expect(translator.seen).toEqual([]);
  });

  it('reads a Spanish question in English, and searches the engine’s alternatives and the typed words too', async () => {
    const translator = new FakeTranslator(
      { qué: 'what', dijo: 'said', sobre: 'about', la: 'the', reunión: 'meeting' },
      { choices: [['meeting', 'gathering']] },
    );
    const reading = await read('¿Qué dijo Maduro sobre la reunión?', engine(translator));
    expect(reading.language).toBe('es');
    expect(reading.english).toBe('¿what did Maduro say about the meeting?');
    expect(reading.alsoSearch).toBe('meeting gathering ¿Que dijo Maduro sobre la reunion?');
  });

  it('says so when no engine is installed, and searches the question as typed', async () => {
    const reading = await read('¿Qué dijo Maduro sobre la reunión?', { translator: null, missing: 'the apertium command' });
    expect(reading).toEqual({
      language: 'es',
      english: null,
      alsoSearch: '',
      untranslated: { reason: 'no-engine', detail: 'the apertium command' },
    });
  });

  it('says so when the engine fails, without failing the question', async () => {
    const failing = new FakeTranslator({}, { fail: new CitebotError('TRANSLATION_FAILED', 'Translation took longer than 5000 ms.') });
    const reading = await read('¿Qué dijo Maduro sobre la reunión?', engine(failing));
    expect(reading.untranslated).toEqual({ reason: 'failed', detail: 'Translation took longer than 5000 ms.' });
    expect(reading.english).toBeNull();
  });

  it('tells Spanish from Portuguese by which dictionary knows more of the words', async () => {
    // "pede" is Portuguese only; the detector alone reads this question as Spanish.
    const both = new FakeTranslator(
      { o: 'the', que: 'what', pede: 'asks', a: 'to' },
      { known: { pt: ['o', 'que', 'pede', 'a'], es: ['o', 'que', 'a'] } },
    );
    expect((await read('O que Almagro pede a Caracas?', engine(both))).language).toBe('pt');
  });

  it('takes the member’s locale as a hint', async () => {
    const translator = new FakeTranslator({});
    expect((await read('a oea', engine(translator))).language).toBe('en');
    expect((await read('a oea', engine(translator), 'pt-BR')).language).toBe('pt');
  });
});

describe('searchedAsTyped', () => {
  it("drops the language's grammar words, which an English corpus writes only inside names ('El Salvador')", () => {
    expect(searchedAsTyped('q es el grupo de lima y quienes lo forman', 'es')).toBe('q grupo lima forman');
    expect(searchedAsTyped('o que o peru espera da reuniao', 'pt')).toBe('peru espera reuniao');
  });
});
