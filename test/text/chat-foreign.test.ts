import { describe, expect, it } from 'vitest';
import { followsQuestionWord, normalizeForeignChat } from '../../src/text/chat-foreign.js';

describe('normalizeForeignChat', () => {
  it('spells out Spanish chat shorthand', () => {
    expect(normalizeForeignChat('xq venezuela esta perdiendo apoyo', 'es')).toBe('por qué venezuela esta perdiendo apoyo');
    expect(normalizeForeignChat('q es el grupo de lima', 'es')).toBe('qué es el grupo de lima');
    expect(normalizeForeignChat('cnts votos necesitaba mexico', 'es')).toBe('cuántos votos necesitaba mexico');
  });

  it('drops laughter, and keeps the mark that ends the question', () => {
    expect(normalizeForeignChat('quien era el canciller de peru jajaja', 'es')).toBe('quién era el canciller de peru');
    expect(normalizeForeignChat('kkkk o lula disse o que rsrs?', 'pt')).toBe('o lula disse o que ?');
  });

  it('spells out Portuguese chat shorthand', () => {
    expect(normalizeForeignChat('oq ta acontecendo com os migrantes pro mexico', 'pt')).toBe(
      'o que está acontecendo com os migrantes para o mexico',
    );
    expect(normalizeForeignChat('vc sabe pq n veio?', 'pt')).toBe('você sabe por que não veio?');
    expect(normalizeForeignChat('qnts vistos os eua vao dar', 'pt')).toBe('quantos vistos os EUA vao dar');
    expect(normalizeForeignChat('qm o peru convidou', 'pt')).toBe('quem o peru convidou');
    expect(normalizeForeignChat('quais paises tavam apoiando o maduro dps', 'pt')).toBe('quais paises estavam apoiando o maduro depois');
  });

  it('spells out "después" and "para" cut short in Spanish chat', () => {
    expect(normalizeForeignChat('q hizo dsp almagro', 'es')).toBe('qué hizo después almagro');
    expect(normalizeForeignChat('pa cuando eran las elecciones', 'es')).toBe('para cuándo eran las elecciones');
    expect(normalizeForeignChat('el gobierno de vzla', 'es')).toBe('el gobierno de Venezuela');
  });

  it('gives an opening Spanish interrogative its accent, also after a preposition', () => {
    expect(normalizeForeignChat('cuantos venezolanos fueron arrestados', 'es')).toBe('cuántos venezolanos fueron arrestados');
    expect(normalizeForeignChat('a quien invito peru', 'es')).toBe('a quién invito peru');
    expect(normalizeForeignChat('¿Donde se reunieron?', 'es')).toBe('¿Dónde se reunieron?');
  });

  it('reads "esta" after a question word as the verb "está", and as "this" anywhere else', () => {
    expect(normalizeForeignChat('que esta pasando en venezuela', 'es')).toBe('qué está pasando en venezuela');
    expect(normalizeForeignChat('¿Dónde esta Guaidó?', 'es')).toBe('¿Dónde está Guaidó?');
    expect(normalizeForeignChat('esta reunion es importante', 'es')).toBe('esta reunion es importante');
  });

  it('reads a Portuguese "e" or "esta" right after an opening question word as the verb', () => {
    expect(normalizeForeignChat('quem e o chanceler do mexico', 'pt')).toBe('quem é o chanceler do mexico');
    expect(normalizeForeignChat('o que e o grupo de lima?', 'pt')).toBe('o que é o grupo de lima?');
    expect(normalizeForeignChat('onde esta o maduro', 'pt')).toBe('onde está o maduro');
    expect(normalizeForeignChat('maduro e guaido', 'pt')).toBe('maduro e guaido');
  });

  it('reads an opening Portuguese "em que" (or "em q") as "in which"', () => {
    expect(normalizeForeignChat('em q cidade o pompeo começa a viagem', 'pt')).toBe('em qual cidade o pompeo começa a viagem');
    expect(normalizeForeignChat('o lula disse em que ano?', 'pt')).toBe('o lula disse em que ano?');
  });

  it('reads a Portuguese "pais" after a singular article as the country, not the parents', () => {
    expect(normalizeForeignChat('por que os venezuelanos estao saindo do pais', 'pt')).toBe('por que os venezuelanos estao saindo do país');
    expect(normalizeForeignChat('os pais dos migrantes', 'pt')).toBe('os pais dos migrantes');
  });

  it('tells a word that comes right after an accented question word', () => {
    expect(followsQuestionWord('qué paso en cancun', 4)).toBe(true);
    expect(followsQuestionWord('¿Cuándo llego Pompeo?', 8)).toBe(true);
    expect(followsQuestionWord('el paso de la frontera', 3)).toBe(false);
  });

  it('leaves a relative "que" inside the sentence alone', () => {
    expect(normalizeForeignChat('qué dice maduro que buscan', 'es')).toBe('qué dice maduro que buscan');
  });

  it('keeps punctuation around an expanded word', () => {
    expect(normalizeForeignChat('¿q?', 'es')).toBe('¿qué?');
  });
});
