import { describe, expect, it } from 'vitest';
import { readInEnglish } from '../../../src/answer/translation/read-in-english.js';
import { buildVocabulary } from '../../../src/retrieval/vocabulary.js';
import { FakeTranslator } from '../../../src/testing/fake-translator.js';
import { apertium } from '../../support/apertium.js';

const { words } = buildVocabulary([
  'The Organization of American States (OAS) met in Lima. The United States backed it. Venezuelan President Nicolas Maduro ' +
    'said the Lima Group failed, and Maduro left. Peru invited Russia. Guaido and Maduro met in Mexico.',
]);

describe('readInEnglish (word-for-word fake engine)', () => {
  it('never hands the engine a corpus name, and puts the names back in English with capitals', async () => {
    const translator = new FakeTranslator({ qué: 'what', dijo: 'said', sobre: 'about', la: 'the', de: 'of', grupo: 'group' });
    const reading = await readInEnglish('que dijo maduro sobre la oea y el grupo de lima', 'es', translator, words);
    expect(translator.seen[0]).not.toMatch(/maduro|lima|oea/i);
    expect(reading.text).toBe('what did Maduro say about the OAS y el group of Lima');
  });

  it('writes countries in English and passes the engine’s word choices on', async () => {
    const translator = new FakeTranslator({ apoyar: 'lean', a: 'to' }, { choices: [['lean', 'support']] });
    const reading = await readInEnglish('apoyar a estados unidos', 'es', translator, words);
    expect(reading).toEqual({ text: 'lean to United States', choices: [['lean', 'support']] });
  });
});

describe("readInEnglish, the source language's articles", () => {
  it('drops the article the source puts before a country English names bare, and keeps it where English has one', async () => {
    const translator = new FakeTranslator({ posição: 'position', do: 'of the', sobre: 'on', a: 'the', dos: 'of the', méxico: 'Mexico' });
    expect((await readInEnglish('a posição do méxico sobre a Venezuela', 'pt', translator, words)).text).toBe(
      'the position of Mexico on Venezuela',
    );
    expect((await readInEnglish('a posição dos estados unidos', 'pt', translator, words)).text).toBe('the position of the United States');
  });
});

describe("readInEnglish, the engine's capitals", () => {
  it('puts back in lower case a common word the engine capitalised after an opening name', async () => {
    // Apertium moves the opening capital onto the word after an unknown first word (a placeholder).
    const translator = new FakeTranslator({ reunió: 'Gathered', con: 'with', firmó: 'Signed', el: 'the', acuerdo: 'Agreement' });
    expect((await readInEnglish('maduro reunió con guaido', 'es', translator, words)).text).toBe('Maduro gathered with Guaido');
    // A name after the opening name keeps its capital, and so does a word that opens the question.
    expect((await readInEnglish('maduro guaido', 'es', translator, words)).text).toBe('Maduro Guaido');
    expect((await readInEnglish('firmó el acuerdo maduro', 'es', translator, words)).text).toBe('Signed the Agreement Maduro');
  });
});

describe('readInEnglish on hostile text', () => {
  it('keeps a member’s own placeholder-like word from being taken for a protected name', async () => {
    const translator = new FakeTranslator({ qué: 'what', dijo: 'said' });
    const reading = await readInEnglish('que dijo zqxa maduro', 'es', translator, words);
    expect(reading.text).toBe('what said zqxa Maduro');
  });

  it('passes markdown, mentions and control characters through to the reading unchanged, for the renderer to neutralise', async () => {
    const translator = new FakeTranslator({ qué: 'what', dijo: 'said' });
    const reading = await readInEnglish('que dijo @everyone **maduro** \u202e', 'es', translator, words);
    expect(reading.text).toContain('@everyone');
    expect(reading.text).toContain('**Maduro**');
  });
});

describe.skipIf(apertium === null)('readInEnglish with Apertium', () => {
  it('reads lowercase names as names, not as words ("maduro" is not "mature", "lima" not "file")', async () => {
    const reading = await readInEnglish('que dijo maduro sobre el grupo de lima', 'es', apertium!, words);
    expect(reading.text).toMatch(/Maduro/);
    expect(reading.text).toMatch(/Lima/);
    expect(reading.text).not.toMatch(/mature|file/i);
  });

  it('does not read the word after an opening name as part of it ("Maduro Gathered")', async () => {
    const reading = await readInEnglish('maduro se reunió con guaido', 'es', apertium!, words);
    expect(reading.text).toMatch(/^Maduro gathered/);
  });

  it('reads countries and acronyms typed in lowercase', async () => {
    const reading = await readInEnglish('cuantas visas da estados unidos y que dice la oea', 'es', apertium!, words);
    expect(reading.text).toMatch(/How many/);
    expect(reading.text).toMatch(/United States/);
    expect(reading.text).toMatch(/OAS/);
    expect(reading.text).not.toMatch(/states joined/i);
  });

  it('reads Portuguese through Spanish, with accents typed or not', async () => {
    const reading = await readInEnglish('o que o peru espera da reuniao do grupo de lima', 'pt', apertium!, words);
    expect(reading.text).toMatch(/Peru/);
    expect(reading.text).toMatch(/meeting/);
    expect(reading.text).not.toMatch(/turkey|reuniao/i);
  });
});
