import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent (fetch() would decompress them and hide what went over the wire). */
  body: Buffer;
}

/** Test helper: one HTTP request over loopback, with the body exactly as received. */
export function rawRequest(url: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    // The path goes out exactly as written (new URL() would resolve %2e%2e before sending).
    const { hostname, port } = new URL(url);
    const rawPath = url.replace(/^https?:\/\/[^/]+/, '') || '/';
    const req = request({ hostname, port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
