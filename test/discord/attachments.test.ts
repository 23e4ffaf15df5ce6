import type { Attachment } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadAttachment, type DownloadLimits } from '../../src/discord/attachments.js';
import { startStandin, type DiscordStandin } from '../../src/testing/discord-standin/index.js';

/** Attachments come from the stand-in's CDN-like file server on 127.0.0.1. */
let standin: DiscordStandin;
let limits: DownloadLimits;
beforeAll(async () => {
  standin = await startStandin();
  limits = { maxBytes: 1024, timeoutMs: 300, origins: [new URL(standin.apiUrl).origin] };
});
afterAll(async () => {
  await standin?.close();
});

const asAttachment = (a: { filename: string; size: number; url: string }) => ({ name: a.filename, size: a.size, url: a.url }) as Attachment;

describe('downloadAttachment', () => {
  it('downloads the bytes of an attachment from an allowed origin', async () => {
    const file = standin.upload('a.md', 'hello article');
    expect((await downloadAttachment(asAttachment(file), limits)).toString()).toBe('hello article');
  });

  it('refuses a declared size over the limit without downloading anything', async () => {
    const file = standin.upload('big.md', 'x'.repeat(2048));
    await expect(downloadAttachment(asAttachment(file), limits)).rejects.toMatchObject({
      code: 'UPLOAD_REJECTED',
      message: expect.stringMatching(/2 KiB; articles may be at most 1 KiB/),
    });
    expect(standin.downloads.get(file.id) ?? 0).toBe(0);
  });

  it('stops reading once more bytes arrive than the limit, whatever size was declared', async () => {
    const file = standin.upload('liar.md', 'x'.repeat(4096));
    await expect(downloadAttachment(asAttachment({ ...file, size: 10 }), limits)).rejects.toThrow(/larger than 1 KiB/);
  });

  it('refuses any address outside Discord’s CDN', async () => {
    const file = standin.upload('a.md', 'text');
    await expect(downloadAttachment(asAttachment({ ...file, url: 'http://169.254.169.254/latest/meta-data' }), limits)).rejects.toThrow(
      /only fetch attachments from Discord's CDN, not from 169\.254\.169\.254/,
    );
  });

  it('gives up after the time limit', async () => {
    const file = standin.upload('slow.md', 'text', { delayMs: 2000 });
    const started = Date.now();
    await expect(downloadAttachment(asAttachment(file), limits)).rejects.toThrow(/took longer than 0.3 s/);
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
