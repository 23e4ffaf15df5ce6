import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

/** A createLogger writing JSON lines into memory, so the test reads exactly what would reach stderr. */
function capture(): { logger: ReturnType<typeof createLogger>; lines: () => Record<string, unknown>[] } {
  let text = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  const logger = createLogger('info', sink);
  return {
    logger,
    lines: () =>
      text
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const TOKEN = `${'M'.repeat(24)}.Gabcde.${'x'.repeat(27)}`;

describe('createLogger', () => {
  it('keeps an error’s type, message and stack under err', () => {
    const { logger, lines } = capture();
    logger.error({ err: new TypeError('boom') }, 'x');
    const err = lines()[0]!.err as Record<string, unknown>;
    expect(err.type).toBe('TypeError');
    expect(err.message).toBe('boom');
    expect(String(err.stack)).toContain('TypeError: boom');
    expect(String(err.stack)).toContain('logger.test.ts');
  });

  it('keeps a cause chain and an error’s own fields, such as a code', () => {
    const { logger, lines } = capture();
    const inner = Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    logger.error({ err: new Error('write failed', { cause: inner }) }, 'x');
    const err = lines()[0]!.err as Record<string, unknown>;
    expect(err.message).toContain('write failed');
    expect(JSON.stringify(err)).toContain('ENOSPC');
  });

  it('masks a token-shaped string in the message, in fields and inside an error', () => {
    const { logger, lines } = capture();
    logger.error({ detail: { header: `Bot ${TOKEN}` }, err: new Error(`bad ${TOKEN}`) }, `login ${TOKEN}`);
    const raw = JSON.stringify(lines());
    expect(raw).not.toContain(TOKEN);
    expect(raw).toContain('[redacted]');
  });

  it('redacts a field named token', () => {
    const { logger, lines } = capture();
    logger.info({ config: { discord: { token: 'short-secret' } } }, 'boot');
    expect(JSON.stringify(lines())).not.toContain('short-secret');
  });

  it('survives a circular object', () => {
    const { logger, lines } = capture();
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    logger.info({ loop }, 'loop');
    expect(lines()[0]!.msg).toBe('loop');
  });
});
