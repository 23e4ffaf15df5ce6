import { describe, expect, it } from 'vitest';
import { commandProblems } from '../../src/testing/discord-standin/commands.js';

describe('commandProblems (the stand-in refuses what Discord refuses)', () => {
  it('accepts a well-formed command with localizations', () => {
    expect(
      commandProblems({
        name: 'ask',
        description: 'Ask',
        name_localizations: { 'es-ES': 'preguntar', 'pt-BR': 'perguntar' },
        description_localizations: { 'es-ES': 'Pregunta' },
        options: [{ name: 'público', description: 'Público' }],
      }),
    ).toEqual([]);
  });

  it('refuses capitals, spaces and unknown locales, in options too', () => {
    expect(commandProblems({ name: 'Ask', description: 'x' })).toEqual(['Ask: invalid name']);
    expect(commandProblems({ name: 'ask', description: 'x', name_localizations: { es: 'preguntar' } })).toEqual(['ask: unknown locale es']);
    expect(commandProblems({ name: 'ask', description: 'x', options: [{ name: 'two words', description: 'y' }] })).toEqual([
      'ask.two words: invalid name',
    ]);
  });

  it('refuses descriptions that are empty or longer than 100 characters, localized ones included', () => {
    expect(commandProblems({ name: 'ask', description: '' })).toEqual(['ask: description must be 1-100 characters']);
    expect(commandProblems({ name: 'ask', description: 'x', description_localizations: { 'pt-BR': 'y'.repeat(101) } })).toEqual([
      'ask: pt-BR description must be 1-100 characters',
    ]);
  });
});
