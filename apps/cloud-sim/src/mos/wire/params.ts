import { CdsError } from '../../cds/exceptions';
import { parseRawQuery, rawQueryOf } from '../../cds/wire/query';
import { invalidParameterValue } from '../errors';

/** Parameters that sign and shape a call; everything else is the action's. */
export const COMMON_PARAMETERS = [
  'Action',
  'AWSAccessKeyId',
  'Signature',
  'SignatureMethod',
  'SignatureVersion',
  'Timestamp',
  'Format',
  'Region',
] as const;

/** Decodes x-www-form-urlencoded text the way the signature was computed over it ('+' is a space). */
function decodeForm(raw: string): Record<string, string> {
  try {
    return parseRawQuery(raw);
  } catch (err) {
    if (err instanceof CdsError) throw invalidParameterValue(err.message);
    throw err;
  }
}

/**
 * Every parameter of a call: the query string, plus for POST the form body (the document: "参数以
 * key-value形式通过x-form-url-encoded格式编码提交", as the real clients POST them). A name given
 * both in the query and in the body is refused, since the signature could not say which was meant.
 */
export function requestParameters(originalUrl: string, body: Buffer | undefined): Record<string, string> {
  const query = decodeForm(rawQueryOf(originalUrl));
  const form = body && body.length > 0 ? decodeForm(body.toString('utf8').trim()) : {};
  for (const key of Object.keys(form)) {
    if (Object.prototype.hasOwnProperty.call(query, key)) {
      throw invalidParameterValue(`The parameter ${key} is given both in the query string and in the form body.`);
    }
  }
  return Object.assign(Object.create(null) as Record<string, string>, query, form);
}

/** The path as requested, before any query: what the client signed. */
export const requestPath = (originalUrl: string) => {
  const q = originalUrl.indexOf('?');
  const path = q === -1 ? originalUrl : originalUrl.slice(0, q);
  return path || '/';
};

/** The Host header as signed: lower case, the default port of http left out. */
export function signedHostOf(hostHeader: string | undefined): string {
  const host = (hostHeader ?? '').toLowerCase();
  return host.endsWith(':80') ? host.slice(0, -3) : host;
}
