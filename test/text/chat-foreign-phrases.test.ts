import { describe, expect, it } from 'vitest';
import { rewriteForeignPhrases } from '../../src/text/chat-foreign-phrases.js';

describe('rewriteForeignPhrases', () => {
  it('drops an interjection opening the message, which the engine would read as a verb', () => {
    expect(rewriteForeignPhrases('oye y almagro que dijo', 'es')).toBe('y almagro que dijo');
    expect(rewriteForeignPhrases('oye que paso en cancun', 'es')).toBe('que paso en cancun');
    expect(rewriteForeignPhrases('pera, o mexico saiu da sala?', 'pt')).toBe('o mexico saiu da sala?');
    expect(rewriteForeignPhrases('ntp pero de que acusa maduro', 'es')).toBe('pero de que acusa maduro');
  });

  it('drops a word that is an interjection only when a comma or "and" sets it off', () => {
    expect(rewriteForeignPhrases('mira, que dijo maduro', 'es')).toBe('que dijo maduro');
    expect(rewriteForeignPhrases('mira el video de maduro', 'es')).toBe('mira el video de maduro');
    expect(rewriteForeignPhrases('cara, o que aconteceu', 'pt')).toBe('o que aconteceu');
    expect(rewriteForeignPhrases('cara, o que aconteceu', 'pt')).toBe('o que aconteceu');
    // Right before the question word it is set off too: "mano quem o peru convidou" (bro, who did Peru invite).
    expect(rewriteForeignPhrases('mano quem o peru convidou', 'pt')).toBe('quem o peru convidou');
    expect(rewriteForeignPhrases('mano do brasil', 'pt')).toBe('mano do brasil');
  });

  it('drops "does anyone know" opening or closing a question, and keeps its mark', () => {
    expect(rewriteForeignPhrases('alguien sabe cuanto tiempo llevaban sin dialogo?', 'es')).toBe('cuanto tiempo llevaban sin dialogo?');
    expect(rewriteForeignPhrases('o pompeo ia falar oq com o presidente? alguem sabe', 'pt')).toBe(
      'o pompeo ia falar oq com o presidente?',
    );
    expect(rewriteForeignPhrases('alguien sabe la verdad sobre eso', 'es')).toBe('la verdad sobre eso');
  });

  it('leaves an interjection inside the message alone', () => {
    expect(rewriteForeignPhrases('que dijo oye', 'es')).toBe('que dijo oye');
  });

  it('writes out a month cut short beside a year', () => {
    expect(rewriteForeignPhrases('em out 2022 o dialogo parou', 'pt')).toBe('em outubro de 2022 o dialogo parou');
    expect(rewriteForeignPhrases('en dic de 2019', 'es')).toBe('en diciembre de 2019');
  });

  it('writes out a month cut short after a day', () => {
    expect(rewriteForeignPhrases('el 15 ago', 'es')).toBe('el 15 agosto');
    expect(rewriteForeignPhrases('no dia 3 de set', 'pt')).toBe('no dia 3 de setembro');
  });

  it('leaves a word that is a short month elsewhere alone', () => {
    expect(rewriteForeignPhrases('o mexico saiu pra fora, out of the room', 'pt')).toBe('o mexico saiu pra fora, out of the room');
    expect(rewriteForeignPhrases('el mar de venezuela', 'es')).toBe('el mar de venezuela');
  });
});
