import type { Config } from '../config.js';
import { ApertiumCommand, installedPairs } from './apertium.js';
import { ApertiumApy } from './apy.js';
import type { Translator } from './types.js';

/** The pairs a command install needs: Spanish to English, and Portuguese to Spanish. */
export const REQUIRED_PAIRS = ['spa-eng', 'pt-es'] as const;

/** What the configured translation engine turned out to be. */
export type TranslatorStatus =
  | { translator: Translator; missing: null }
  | { translator: null; missing: string /** what to install or set, for the note members see and the log */ };

/** Debian's packages that give the pairs, named in notes and skipped tests. */
export const APERTIUM_PACKAGES = 'apertium apertium-eng-spa apertium-es-pt';

/**
 * Picks the translation engine from config: APy when `APERTIUM_APY_URL` is set, else the
 * `apertium` command when it has the pairs (`TRANSLATOR=auto`, the default), none when off.
 */
export async function createTranslator(config: Config): Promise<TranslatorStatus> {
  const t = config.translation;
  if (t.engine === 'off') return { translator: null, missing: 'translation is turned off (TRANSLATOR=off)' };
  if (t.apyUrl !== undefined && t.engine !== 'apertium') return { translator: new ApertiumApy(t.apyUrl, t.timeoutMs), missing: null };
  const pairs = await installedPairs(t.command);
  const absent = REQUIRED_PAIRS.filter((p) => !pairs.has(p));
  if (absent.length > 0) {
    const what = pairs.size === 0 ? `the ${t.command} command` : `the ${absent.join(', ')} language data`;
    return { translator: null, missing: `${what} (install: apt-get install ${APERTIUM_PACKAGES})` };
  }
  return { translator: new ApertiumCommand({ command: t.command, dataDir: t.dataDir, timeoutMs: t.timeoutMs }), missing: null };
}
