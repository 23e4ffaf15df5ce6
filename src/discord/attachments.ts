import type { Attachment } from 'discord.js';
import { CitebotError } from '../errors.js';

/** Where and how much `/corpus add` may download. */
export interface DownloadLimits {
  maxBytes: number;
  timeoutMs: number;
  /** Allowed URL origins: Discord's CDN (and the stand-in's, in tests). */
  origins: readonly string[];
}

const reject = (message: string) => new CitebotError('UPLOAD_REJECTED', message, { hint: 'Nothing was changed.' });
const kib = (bytes: number) => `${Math.ceil(bytes / 1024)} KiB`;

/**
 * Downloads an attachment of the interaction, only from Discord's CDN, within a size and a time
 * limit: the declared size is checked first, then the bytes as they arrive (a server may lie
 * about the size), and no redirect is followed, so the request never leaves the CDN.
 */
export async function downloadAttachment(attachment: Attachment, limits: DownloadLimits): Promise<Buffer> {
  if (attachment.size > limits.maxBytes) {
    throw reject(`"${attachment.name}" is ${kib(attachment.size)}; articles may be at most ${kib(limits.maxBytes)}.`);
  }
  let url: URL;
  try {
    url = new URL(attachment.url);
  } catch {
    throw reject('The attachment has no valid address.');
  }
  if (!limits.origins.includes(url.origin)) throw reject(`I only fetch attachments from Discord's CDN, not from ${url.host}.`);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await fetch(url, { signal, redirect: 'error' });
    if (!response.ok || !response.body)
      throw reject(`Discord's CDN answered ${response.status} for "${attachment.name}"; try uploading it again.`);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += chunk.length;
      if (size > limits.maxBytes) throw reject(`"${attachment.name}" is larger than ${kib(limits.maxBytes)}.`);
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof CitebotError) throw error;
    if (signal.aborted) throw reject(`Downloading "${attachment.name}" took longer than ${limits.timeoutMs / 1000} s.`);
    throw reject(`"${attachment.name}" could not be downloaded (${(error as Error).message}).`);
  }
}
