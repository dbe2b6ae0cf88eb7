/**
 * RFC 3986 percent-encoding as both clouds sign it: A-Z a-z 0-9 - _ . ~ stay as they are,
 * everything else (space included, as %20) becomes %XY of its UTF-8 bytes.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
}

/** Parameters sorted by key in byte order, encoded and joined with & (Signature left out). */
export function canonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : Buffer.from(a) > Buffer.from(b) ? 1 : 0))
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k] ?? '')}`)
    .join('&');
}
