import { CitebotError } from '../errors.js';
import type { ForeignLanguage } from '../text/language.js';
import type { EnglishReading, Translator } from './types.js';

/** APy names languages by ISO 639-3; Portuguese reaches English through Spanish, as with the command. */
const TO_ENGLISH: Record<ForeignLanguage, string[]> = { es: ['spa|eng'], pt: ['por|spa', 'spa|eng'] };
const FROM_ENGLISH: Record<ForeignLanguage, string[]> = { es: ['eng|spa'], pt: ['eng|spa', 'spa|por'] };
const ANALYSER: Record<ForeignLanguage, string> = { es: 'spa', pt: 'por' };

/**
 * Apertium through its own HTTP server, apertium-apy, which keeps pipelines warm: the choice
 * when questions arrive often or several bot processes share one translation service.
 */
export class ApertiumApy implements Translator {
  readonly name = 'apertium-apy';

  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
  ) {}

  /** APy returns only the chosen translation, so there are no other choices. */
  async toEnglish(text: string, from: ForeignLanguage): Promise<EnglishReading> {
    return { text: await this.chain(text, TO_ENGLISH[from]), choices: [] };
  }

  fromEnglish(text: string, to: ForeignLanguage): Promise<string> {
    return this.chain(text, FROM_ENGLISH[to]);
  }

  /**
   * Uses APy's /analyse when the server has the analyser mode; Debian's packages install only
   * translation modes, so otherwise every word counts as known and accents stay as typed.
   */
  async knownWords(words: readonly string[], lang: ForeignLanguage): Promise<Set<string>> {
    if (words.length === 0) return new Set();
    try {
      const body = (await this.get('analyse', { lang: ANALYSER[lang], q: words.join('\n') })) as [string, string][];
      return new Set(body.filter(([analysis]) => !/\/\*/.test(analysis)).map(([, surface]) => surface.trim()));
    } catch {
      return new Set(words);
    }
  }

  /** APy's /analyse is rarely installed (see knownWords): no word counts as safe, so every corpus name is protected. */
  async properNouns(): Promise<Set<string>> {
    return new Set();
  }

  private async chain(text: string, pairs: string[]): Promise<string> {
    let current = text.replace(/\s+/g, ' ').trim();
    for (const langpair of pairs) {
      const body = (await this.get('translate', { langpair, q: current, markUnknown: 'no' })) as {
        responseData?: { translatedText?: string };
      };
      const translated = body.responseData?.translatedText;
      if (typeof translated !== 'string') throw this.failure(`apertium-apy gave no translation for ${langpair}.`);
      current = translated.trim();
    }
    return current;
  }

  private async get(endpoint: string, params: Record<string, string>): Promise<unknown> {
    const url = new URL(endpoint, this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (e) {
      const timedOut = e instanceof Error && e.name === 'TimeoutError';
      throw this.failure(
        timedOut ? `apertium-apy did not answer within ${this.timeoutMs} ms.` : `apertium-apy is unreachable at ${url.origin}.`,
        e,
      );
    }
    if (!response.ok) throw this.failure(`apertium-apy answered ${response.status} to /${endpoint}.`);
    return response.json();
  }

  private failure(message: string, cause?: unknown): CitebotError {
    return new CitebotError('TRANSLATION_FAILED', message, { hint: 'Check APERTIUM_APY_URL and that apertium-apy is running.', cause });
  }
}
