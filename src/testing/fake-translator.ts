import type { ForeignLanguage } from '../text/language.js';
import type { EnglishReading, Translator } from '../translate/types.js';

/**
 * A word-for-word translator over a small hand-written dictionary, for tests that must run
 * without Apertium: it records every text it is given, passes unknown words through (as
 * Apertium does with -u), and knows only the words its dictionary holds. Real translation is
 * tested against Apertium itself (test/translate/apertium.test.ts).
 */
export class FakeTranslator implements Translator {
  readonly name = 'fake';
  /** Texts given to toEnglish, in order. */
  readonly seen: string[] = [];

  constructor(
    private readonly dictionary: Readonly<Record<string, string>>,
    private readonly options: {
      choices?: string[][];
      fail?: Error;
      properNouns?: string[];
      known?: Partial<Record<ForeignLanguage, string[]>>;
      back?: Record<string, string>;
    } = {},
  ) {}

  async toEnglish(text: string, _from: ForeignLanguage): Promise<EnglishReading> {
    if (this.options.fail) throw this.options.fail;
    this.seen.push(text);
    const english = text.replace(/[\p{L}\p{M}]+/gu, (w) => this.dictionary[w.toLowerCase()] ?? w);
    return { text: english, choices: this.options.choices ?? [] };
  }

  /** English → the foreign language, word for word, through `options.back` (unknown words pass through). */
  async fromEnglish(text: string): Promise<string> {
    if (this.options.fail) throw this.options.fail;
    return text.replace(/\p{L}+/gu, (w) => this.options.back?.[w.toLowerCase()] ?? w);
  }

  /** Words the test declares proper nouns (the engine would keep them; they are only capitalised). */
  async properNouns(words: readonly string[]): Promise<Set<string>> {
    return new Set(words.filter((w) => this.options.properNouns?.includes(w)));
  }

  /** The dictionary's words, or the per-language lists the test gives. */
  async knownWords(words: readonly string[], lang: ForeignLanguage): Promise<Set<string>> {
    const known = this.options.known?.[lang];
    return new Set(words.filter((w) => (known ? known.includes(w) : Object.hasOwn(this.dictionary, w.toLowerCase()))));
  }
}
