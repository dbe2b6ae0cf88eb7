import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import type { ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';

export type Encoding = 'br' | 'gzip';

/** Below this a compressed body saves less than its headers and CPU cost. */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * The encoding to send among the two we produce; undefined means send the bytes as they are.
 * Brotli wins a tie: browsers list it after gzip ("gzip, deflate, br") with the same weight.
 */
export function negotiateEncoding(req: Pick<Request, 'headers'>): Encoding | undefined {
  const header = req.headers['accept-encoding'];
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of String(header).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) weights.set(name.trim(), q === undefined ? 1 : Number(q) || 0);
  }
  const weight = (name: Encoding) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : undefined;
}

/**
 * API answers are compressed per request, on the event loop: a fast setting beats a thread-pool
 * round trip. Measured on DescribeInstances answers of 18 and 38 KB (CPU per answer, bytes):
 * brotli 4 214 µs, 4262/7641 B; brotli 3 125 µs, 4341/7775 B (+2%); gzip 6 202 µs,
 * 4388/7857 B; gzip 3 85 µs, 4707/8507 B (+8%). Every read a browser makes pays this.
 */
const API_BROTLI_QUALITY = 3;
const API_GZIP_LEVEL = 3;

export function compressSync(encoding: Encoding, body: Buffer): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: API_BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: API_GZIP_LEVEL });
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Static files are compressed once and kept, so a slower, denser setting pays off; quality 9
 * costs ~0.3 s for a 1 MB bundle (11 would take ~4 s and make the first visitor wait).
 */
export function compressOnce(encoding: Encoding, body: Buffer): Promise<Buffer> {
  return encoding === 'br'
    ? brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipAsync(body, { level: 9 });
}

/**
 * Compresses JSON answers (res.json → res.send with a string) when the client accepts it and the
 * body is big enough. Everything else res.send gets passes through untouched.
 */
export const compressJson: RequestHandler = (req, res, next) => {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    const type = res.get('Content-Type') ?? '';
    if (typeof body !== 'string' || !type.startsWith('application/json') || res.get('Content-Encoding')) return send(body);
    res.vary('Accept-Encoding');
    const encoding = negotiateEncoding(req);
    if (!encoding || Buffer.byteLength(body, 'utf8') < MIN_COMPRESS_BYTES) return send(body);
    res.set('Content-Encoding', encoding);
    return send(compressSync(encoding, Buffer.from(body, 'utf8')));
  };
  next();
};

/**
 * What `res.json(value)` sends through compressJson (Express's res.json and res.send, ETags off),
 * on a plain Node response: the same headers in the same order (Content-Type, Vary, then
 * Content-Encoding when compressed, Content-Length) and the same bytes. For answers served beside
 * Express (actions/fast-read.ts).
 */
export function sendJson(req: Pick<Request, 'headers'>, res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  // res.vary('Accept-Encoding'), on a response that has no Vary yet (nothing before sets one).
  res.setHeader('Vary', 'Accept-Encoding');
  const encoding = negotiateEncoding(req);
  let body: Buffer = Buffer.from(text, 'utf8');
  if (encoding && body.length >= MIN_COMPRESS_BYTES) {
    res.setHeader('Content-Encoding', encoding);
    body = compressSync(encoding, body);
  }
  res.setHeader('Content-Length', String(body.length));
  res.end(body);
}
