import fs from 'node:fs';
import path from 'node:path';
import { CitebotError } from '../errors.js';
import type { ForeignLanguage } from '../text/language.js';
import { runFiltered } from './run.js';
import type { EnglishReading, Translator } from './types.js';

/** Apertium's pairs, in order: Portuguese reaches English through Spanish. */
const TO_SPANISH: Record<ForeignLanguage, string[]> = { es: [], pt: ['pt-es'] };
const FROM_ENGLISH: Record<ForeignLanguage, string[]> = { es: ['eng-spa'], pt: ['eng-spa', 'es-pt'] };
/** The pair whose morphological analyser (first step of its mode) knows the language's words. */
const ANALYSER_PAIR: Record<ForeignLanguage, string> = { es: 'spa-eng', pt: 'pt-es' };
/**
 * Another pair that knows Spanish words, when installed: Portuguese reaches English through the
 * Spanish that pt-es writes ("presos" → "prendidos"), which the Spanish–English dictionary may lack.
 */
const ALSO_KNOWS: Record<ForeignLanguage, string | null> = { es: 'es-pt', pt: null };

/** Where Apertium is and how long one call may take. */
export interface ApertiumOptions {
  /** The `apertium` command (a name on PATH or a path). */
  command: string;
  /** Apertium's data folder, holding `modes/` (Debian: /usr/share/apertium). */
  dataDir: string;
  timeoutMs: number;
}

/** Apertium through its command-line tool, one process pipeline per call. */
export class ApertiumCommand implements Translator {
  readonly name = 'apertium';

  constructor(private readonly options: ApertiumOptions) {}

  async toEnglish(text: string, from: ForeignLanguage): Promise<EnglishReading> {
    const spanish = await this.chain(text, TO_SPANISH[from]);
    const [english, choices] = await Promise.all([this.chain(spanish, ['spa-eng']), this.choices(spanish)]);
    return { text: english, choices };
  }

  /**
   * The spa-eng mode's steps up to the bilingual dictionary (analyse, tag, look up) give each
   * word's every English translation: `^apoyar<vblex><inf>/lean<vblex><inf>/support<vblex><inf>$`.
   */
  private async choices(spanish: string): Promise<string[][]> {
    const steps = this.modeSteps('spa-eng');
    const upTo = steps.findIndex((s) => /lt-proc\s+-b\b/.test(s));
    if (upTo < 0) return [];
    const pipeline = ['apertium-destxt', ...steps.slice(0, upTo + 1)].join(' | ').replace(/\$\d/g, '');
    const output = await runFiltered('sh', ['-c', pipeline], spanish + '\n', this.options.timeoutMs);
    const choices: string[][] = [];
    for (const unit of output.matchAll(/\^([^$]*)\$/g)) {
      const [source, ...targets] = unit[1]!.split('/');
      if (!/<(n|vblex|adj|adv)>/.test(source ?? '')) continue;
      const lemmas = [...new Set(targets.map((t) => t.replace(/<.*$/, '').trim()).filter((l) => /^[\p{L} -]+$/u.test(l)))];
      if (lemmas.length > 1) choices.push(lemmas);
    }
    return choices;
  }

  fromEnglish(text: string, to: ForeignLanguage): Promise<string> {
    return this.chain(text, FROM_ENGLISH[to]);
  }

  async knownWords(words: readonly string[], lang: ForeignLanguage): Promise<Set<string>> {
    const also = ALSO_KNOWS[lang];
    const pairs = [ANALYSER_PAIR[lang], ...(also !== null && this.hasMode(also) ? [also] : [])];
    const analyses = await Promise.all(pairs.map((pair) => this.analyse(words, lang, pair)));
    return new Set(analyses.flatMap((found) => [...found].filter(([, a]) => a.length > 0).map(([w]) => w)));
  }

  async properNouns(words: readonly string[], lang: ForeignLanguage): Promise<Set<string>> {
    const analyses = await this.analyse(words, lang);
    return new Set([...analyses].filter(([, a]) => a.length > 0 && a.every((x) => x.includes('<np>'))).map(([w]) => w));
  }

  /** Each word's analyses by the language's morphological analyser (none when unknown). */
  private async analyse(words: readonly string[], lang: ForeignLanguage, pair = ANALYSER_PAIR[lang]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    const clean = words.filter((w) => /^[\p{L}\p{M}'’-]+$/u.test(w));
    if (clean.length === 0) return result;
    // lt-proc prints ^surface/analysis/analysis…$ per word; an unknown word's analysis starts with "*".
    const output = await runFiltered('lt-proc', [this.analyserOf(pair)], clean.join('\n') + '\n', this.options.timeoutMs);
    for (const m of output.matchAll(/\^([^/$]*)\/([^$]*)\$/g)) result.set(m[1]!, m[2]!.startsWith('*') ? [] : m[2]!.split('/'));
    return result;
  }

  private async chain(text: string, pairs: string[]): Promise<string> {
    let current = text.replace(/\s+/g, ' ').trim();
    // -u: unknown words come back as written, without Apertium's "*" mark.
    for (const pair of pairs) {
      // The apertium script opens /dev/stdin by name, which fails on the socket Node gives a
      // child for stdin; `cat |` hands it a real pipe.
      const args = ['-c', 'cat | exec "$0" -u -f txt "$1"', this.options.command, pair];
      current = (await runFiltered('sh', args, current + '\n', this.options.timeoutMs)).trim();
    }
    return current;
  }

  /** The analyser file named by the pair's mode (its first `lt-proc` step). */
  private analyserOf(pair: string): string {
    const first = this.modeSteps(pair)[0] ?? '';
    const m = /lt-proc\s+'?([^'\s|]+automorf\.bin)'?/.exec(first);
    if (!m) throw new CitebotError('TRANSLATION_FAILED', `Apertium's ${pair} mode names no analyser.`, { hint: `Check its .mode file.` });
    return m[1]!;
  }

  private hasMode(pair: string): boolean {
    return fs.existsSync(path.join(this.options.dataDir, 'modes', `${pair}.mode`));
  }

  /** The shell steps of a pair's mode file (a pipeline of Apertium's tools). */
  private modeSteps(pair: string): string[] {
    const mode = path.join(this.options.dataDir, 'modes', `${pair}.mode`);
    let text: string;
    try {
      text = fs.readFileSync(mode, 'utf8');
    } catch (e) {
      throw new CitebotError('TRANSLATION_FAILED', `Apertium's ${pair} mode is not installed (${mode}).`, {
        hint: 'Install the language data: apt-get install apertium-eng-spa apertium-es-pt',
        cause: e,
      });
    }
    return text.split('|').map((s) => s.trim());
  }
}

/** Pairs this Apertium install has (`apertium -l`); empty when the command is missing. */
export async function installedPairs(command: string, timeoutMs = 5000): Promise<Set<string>> {
  try {
    return new Set((await runFiltered(command, ['-l'], '', timeoutMs)).split(/\s+/).filter(Boolean));
  } catch {
    return new Set();
  }
}
