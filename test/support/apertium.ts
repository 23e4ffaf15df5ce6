import { loadConfig } from '../../src/config.js';
import { APERTIUM_PACKAGES, createTranslator } from '../../src/translate/factory.js';
import type { Translator } from '../../src/translate/types.js';

/**
 * The machine's Apertium, when it has the pairs citebot uses; CI installs them (.ci/run).
 * Without them, tests that need the real engine are skipped, with a line naming what to install.
 */
const status = await createTranslator(loadConfig({ TRANSLATOR: 'apertium' }));

export const apertium: Translator | null = status.translator;

if (!apertium) {
  console.warn(`[skip] Apertium tests: ${status.missing}. Install with: apt-get install ${APERTIUM_PACKAGES}`);
}
