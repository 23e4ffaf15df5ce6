import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';

/** Reading requests and writing responses for the stand-in's REST API. */

/** One REST call the bot made, as the stand-in received it. */
export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, percent-decoded: `/webhooks/…/messages/@original`. */
  path: string;
  /** The path as sent (discord.js encodes `@original` as `%40original`). */
  rawPath: string;
  query: Record<string, string>;
  /** Request headers without `authorization`. */
  headers: Record<string, string>;
  /** Whether `Authorization: Bot <the stand-in's token>` was sent. */
  authorized: boolean;
  /** JSON body, or the `payload_json` part of a multipart body. */
  body: unknown;
  /** Files of a multipart body. */
  files: { field: string; filename: string; size: number }[];
  /** Status the stand-in answered with. */
  status: number;
  /** `performance.now()` when the request arrived. */
  at: number;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export async function readRequest(req: IncomingMessage, token: string): Promise<Omit<RecordedRequest, 'status'>> {
  const at = performance.now();
  const url = new URL(req.url ?? '/', 'http://standin');
  const rawPath = url.pathname.replace(/^\/api(\/v\d+)?/, '');
  const path = rawPath
    .split('/')
    .map((s) => decodeURIComponent(s))
    .join('/');
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  let body: unknown = undefined;
  let files: RecordedRequest['files'] = [];
  if (raw.length > 0 && type.startsWith('application/json')) body = JSON.parse(raw.toString('utf8'));
  else if (raw.length > 0 && type.startsWith('multipart/form-data'))
    ({ body, files } = parseMultipart(raw, /boundary=(?:"([^"]+)"|([^;]+))/.exec(type)));
  const { authorization, ...headers } = req.headers;
  return {
    method: req.method ?? 'GET',
    path,
    rawPath,
    query: Object.fromEntries(url.searchParams),
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)])),
    authorized: authorization === `Bot ${token}`,
    body,
    files,
    at,
  };
}

/** Enough of multipart/form-data for discord.js: `payload_json` plus file parts. */
function parseMultipart(raw: Buffer, boundaryMatch: RegExpExecArray | null): { body: unknown; files: RecordedRequest['files'] } {
  const boundary = boundaryMatch?.[1] ?? boundaryMatch?.[2];
  if (!boundary) throw new Error('multipart body without boundary');
  const files: RecordedRequest['files'] = [];
  let body: unknown = undefined;
  const text = raw.toString('latin1');
  for (const part of text.split(`--${boundary}`).slice(1, -1)) {
    const split = part.indexOf('\r\n\r\n');
    const head = part.slice(0, split);
    const content = part.slice(split + 4, part.length - 2); // drop the CRLF before the next boundary
    const field = /name="([^"]*)"/.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    if (field === 'payload_json') body = JSON.parse(Buffer.from(content, 'latin1').toString('utf8'));
    else if (filename !== undefined) files.push({ field, filename, size: Buffer.byteLength(content, 'latin1') });
  }
  return { body, files };
}

export function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  headers['content-type'] = 'application/json';
  res.writeHead(reply.status, headers).end(JSON.stringify(reply.body));
}

/** Discord's error body shape. */
export function error(status: number, code: number, message: string, errors?: unknown): Reply {
  return { status, body: { code, message, ...(errors ? { errors } : {}) } };
}
