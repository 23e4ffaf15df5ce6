import { describe, expect, it } from 'vitest';
import { withQuoteTranslations } from '../../../src/answer/translation/quotes.js';
import { CitebotError } from '../../../src/errors.js';
import { FakeTranslator } from '../../../src/testing/fake-translator.js';
import { answer, passage } from '../../support/answers.js';

const back = { the: 'la', meeting: 'reunión', ended: 'terminó', maduro: 'Maduro', spoke: 'habló' };

describe('withQuoteTranslations', () => {
  it('adds a translation under each quote and leaves the quote as the corpus wrote it', async () => {
    const a = { ...answer([passage('The meeting ended.'), passage('Maduro\nspoke.')]), language: 'es' as const };
    const translated = await withQuoteTranslations(a, new FakeTranslator({}, { back }));
    expect(translated.passages.map((p) => [p.quote, p.translation])).toEqual([
      ['The meeting ended.', 'la reunión terminó.'],
      ['Maduro\nspoke.', 'Maduro habló.'],
    ]);
  });

  it('leaves an English answer alone', async () => {
    const a = answer([passage('The meeting ended.')]);
    expect(await withQuoteTranslations(a, new FakeTranslator({}, { back }))).toBe(a);
  });

  it('answers without translations when the engine fails', async () => {
    const a = { ...answer([passage('The meeting ended.')]), language: 'pt' as const };
    const failing = new FakeTranslator({}, { fail: new CitebotError('TRANSLATION_FAILED', 'timed out') });
    expect((await withQuoteTranslations(a, failing)).passages[0]!.translation).toBeUndefined();
  });
});
