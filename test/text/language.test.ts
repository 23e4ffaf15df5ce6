import { describe, expect, it } from 'vitest';
import { detectLanguage, englishShare, languageOfLocale } from '../../src/text/language.js';

describe('detectLanguage', () => {
  it('reads Spanish and Portuguese questions, formal and casual', async () => {
    expect(await detectLanguage('¿Qué opina López Obrador del nuevo plan de visas?')).toBe('es');
    expect(await detectLanguage('como se comparan los arrestos en la frontera con el año anterior')).toBe('es');
    expect(await detectLanguage('Quantos venezuelanos deportados o México recebeu até agora?')).toBe('pt');
    expect(await detectLanguage('quando é a proxima reuniao do grupo de lima')).toBe('pt');
    // Mostly not English words: English gets no head start ("a" and "do" are English words too).
    expect(await detectLanguage('qual e a posicao do mexico', null, (w) => w === 'mexico')).toBe('pt');
    // "fez" and "no" are English words too, and the word list holds every letter.
    expect(await detectLanguage('o que o pompeo fez no chile', null, (w) => w === 'pompeo' || w === 'chile')).not.toBe('en');
  });

  it('reads a question opened by an inverted mark as Spanish, and Spanish grammar English also lists as neither', async () => {
    const venezuela = (w: string) => w === 'venezuela';
    expect(await detectLanguage('¿Cuál es la capital de Venezuela?', null, venezuela)).toBe('es');
    // "es", "la" and "de" are in an English word list, and were read as three English words in five.
    expect(await detectLanguage('cual es la capital de venezuela', null, venezuela)).toBe('es');
    expect(await detectLanguage('what did la paz say', null, (w) => w === 'paz')).toBe('en');
  });

  it('keeps English questions English, chat shorthand included', async () => {
    expect(await detectLanguage('whats the deal w peru and the lima group')).toBe('en');
    expect(await detectLanguage('How many humanitarian visas are they giving to Venezuelans?')).toBe('en');
  });

  it('does not count the corpus’s names against English', async () => {
    const names = new Set(['luis', 'alfonso', 'alba']);
    expect(await detectLanguage('who is luis alfonso de alba', null, (w) => names.has(w))).toBe('en');
  });

  it('reads names joined by English grammar alone as English, and by Spanish or Portuguese grammar as theirs', async () => {
    expect(await detectLanguage('lula and dilma')).toBe('en');
    expect(await detectLanguage('petro vs uribe')).toBe('en');
    expect(await detectLanguage('lula e dilma', 'pt')).toBe('pt');
    expect(await detectLanguage('petro y uribe', 'es')).toBe('es');
    expect(await detectLanguage('guaido intento un golpe en abril o que')).toBe('es');
  });

  it('lets the member’s locale settle a question the text alone leaves open', async () => {
    // An article and an acronym shared by Spanish and Portuguese: without a hint it stays English.
    const question = 'a oea';
    expect(await detectLanguage(question)).toBe('en');
    expect(await detectLanguage(question, 'pt')).toBe('pt');
    expect(await detectLanguage(question, 'es')).toBe('es');
  });

  it('reads an empty or symbol-only text as English', async () => {
    expect(await detectLanguage('???')).toBe('en');
  });
});

describe('languageOfLocale', () => {
  it('maps Discord locales to the languages citebot reads', () => {
    expect(languageOfLocale('es-ES')).toBe('es');
    expect(languageOfLocale('es-419')).toBe('es');
    expect(languageOfLocale('pt-BR')).toBe('pt');
    expect(languageOfLocale('en-US')).toBe('en');
  });

  it('gives null for other or missing locales', () => {
    expect(languageOfLocale('fr')).toBeNull();
    expect(languageOfLocale(undefined)).toBeNull();
    expect(languageOfLocale(null)).toBeNull();
  });
});

describe('englishShare', () => {
  it('is the share of common English words, names left out', () => {
    expect(englishShare('what did the minister say')).toBe(1);
    expect(englishShare('qué dijo el canciller')).toBeLessThan(0.5);
    expect(englishShare('what did maduro say', (w) => w === 'maduro')).toBe(1);
  });

  it("counts English chat shorthand as English, and a name's particle with the name", () => {
    const isName = (w: string) => w === 'alba';
    expect(englishShare('whos de alba', isName)).toBe(1);
    expect(englishShare('quien es de alba', isName)).toBeLessThan(0.7);
    expect(englishShare('de que hablan', isName)).toBe(0);
  });

  it('leaves out Spanish and Portuguese grammar words an English word list holds, but not English grammar', () => {
    expect(englishShare('cual es la capital')).toBe(0.5);
    expect(englishShare('no one came as a guest')).toBe(1);
  });

  it('leaves out a name typed with a bare possessive and a word without a vowel', () => {
    expect(englishShare('whats venezuelas gdp', (w) => w === 'venezuela')).toBe(1);
  });
});
