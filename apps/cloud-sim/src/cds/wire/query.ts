import { badQueryString } from '../exceptions';

/**
 * Parses a raw query string the way the real service must to verify a signature: split on
 * '&', then on the first '=', '+' read as a space (Python's urllib.urlencode sends spaces so),
 * then percent-decoding as UTF-8. A parameter repeated with the same value is one parameter (the
 * document's Python sample sends the signed URL's parameters again as query parameters); one
 * given twice with different values, or bytes that are not UTF-8, are refused: the signature
 * could not say which value was meant.
 */
export function parseRawQuery(raw: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  if (!raw) return out;
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq === -1 ? part : part.slice(0, eq));
    const value = eq === -1 ? '' : decode(part.slice(eq + 1));
    if (key === '') continue;
    if (Object.prototype.hasOwnProperty.call(out, key)) {
      if (out[key] === value) continue;
      throw badQueryString(`parameter "${key}" is given more than once with different values`);
    }
    out[key] = value;
  }
  return out;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    throw badQueryString(`"${s.slice(0, 40)}" is not percent-encoded UTF-8`);
  }
}

/** The part of a request URL after '?', as it arrived. */
export const rawQueryOf = (url: string) => {
  const q = url.indexOf('?');
  return q === -1 ? '' : url.slice(q + 1);
};
