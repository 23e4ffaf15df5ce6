import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ApertiumApy } from '../../src/translate/apy.js';
import { ApertiumCommand } from '../../src/translate/apertium.js';
import { createTranslator } from '../../src/translate/factory.js';
import { apertium } from '../support/apertium.js';

describe('createTranslator', () => {
  it('gives no engine when translation is turned off, and says so', async () => {
    expect(await createTranslator(loadConfig({ TRANSLATOR: 'off' }))).toEqual({
      translator: null,
      missing: 'translation is turned off (TRANSLATOR=off)',
    });
  });

  it('names the Debian packages to install when the command is missing', async () => {
    const status = await createTranslator(loadConfig({ APERTIUM_COMMAND: '/nonexistent/apertium' }));
    expect(status.translator).toBeNull();
    expect(status.missing).toMatch(/apt-get install apertium apertium-eng-spa apertium-es-pt/);
  });

  it('uses apertium-apy when its address is set', async () => {
    const status = await createTranslator(loadConfig({ APERTIUM_APY_URL: 'http://127.0.0.1:2737' }));
    expect(status.translator).toBeInstanceOf(ApertiumApy);
  });

  it.skipIf(apertium === null)('uses the apertium command when it has the pairs (the default)', async () => {
    expect((await createTranslator(loadConfig({}))).translator).toBeInstanceOf(ApertiumCommand);
  });
});
