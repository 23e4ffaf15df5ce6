import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApertiumApy } from '../../src/translate/apy.js';

/** A free loopback port (the OS picks one; it is free again when this returns). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`,
  );

const hasApy = spawnSync('sh', ['-c', 'command -v apertium-apy && apertium -l | grep -q pt-es']).status === 0;
if (!hasApy) console.warn('[skip] apertium-apy tests: install with apt-get install apertium-apy apertium-eng-spa apertium-es-pt');

describe.skipIf(!hasApy)('ApertiumApy against a real apertium-apy server', () => {
  let server: ChildProcess;
  let apy: ApertiumApy;
  beforeAll(async () => {
    const port = await freePort();
    server = spawn('apertium-apy', ['-p', String(port), '/usr/share/apertium/modes'], { stdio: 'ignore' });
    apy = new ApertiumApy(`http://127.0.0.1:${port}`, 10_000);
    for (let i = 0; i < 100; i++) {
      const up = await fetch(`http://127.0.0.1:${port}/listPairs`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) return;
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error('apertium-apy did not start');
  }, 30_000);
  afterAll(() => {
    server?.kill();
  });

  it('translates Spanish, and Portuguese through Spanish, into English', async () => {
    expect((await apy.toEnglish('¿Cuál es la política de México sobre Venezuela?', 'es')).text).toMatch(/Mexico.*Venezuela/);
    expect((await apy.toEnglish('Quais países ainda apoiam a Venezuela?', 'pt')).text).toMatch(/countries/i);
  });

  it('counts every word as known when the server has no analyser mode (Debian installs none)', async () => {
    expect(await apy.knownWords(['reuniao'], 'pt')).toEqual(new Set(['reuniao']));
  });
});

describe('ApertiumApy failures', () => {
  it('fails with TRANSLATION_FAILED when the server is unreachable', async () => {
    const apy = new ApertiumApy(`http://127.0.0.1:${await freePort()}`, 2000);
    expect(await rejection(apy.toEnglish('hola', 'es'))).toMatch(/^TRANSLATION_FAILED: apertium-apy is unreachable/);
  });

  it('fails with TRANSLATION_FAILED when the server does not answer in time', async () => {
    // Accepts the connection and never answers.
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const apy = new ApertiumApy(`http://127.0.0.1:${port}`, 300);
      expect(await rejection(apy.toEnglish('hola', 'es'))).toMatch(/^TRANSLATION_FAILED: apertium-apy did not answer within 300 ms/);
    } finally {
      silent.close();
    }
  });
});
