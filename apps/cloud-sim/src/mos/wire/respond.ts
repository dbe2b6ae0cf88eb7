import type { Response } from 'express';
import type { MosError } from '../errors';

/**
 * One answer model, two encodings (mos-mcs-api.md, 返回格式): `{"<Action>Response": {...}}` as JSON
 * with Format=json, else the same tree as XML. In the model a list is written as repeated
 * elements named by its key (`{KeyPair: [a, b]}` → `<KeyPair>a</KeyPair><KeyPair>b</KeyPair>`),
 * so an empty list is no element at all, and scalars become text.
 */
export type Model = string | number | boolean | null | undefined | Model[] | { [key: string]: Model };

export type MosFormat = 'json' | 'xml';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function element(name: string, value: Model, indent: string): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => element(name, v, indent)).join('');
  if (typeof value === 'object') {
    const inner = Object.entries(value)
      .map(([k, v]) => element(k, v, indent + '    '))
      .join('');
    return inner ? `${indent}<${name}>\n${inner}${indent}</${name}>\n` : `${indent}<${name}></${name}>\n`;
  }
  return `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;
}

/** The model as the document's XML: declaration, then one root element. */
export function toXml(root: Record<string, Model>): string {
  const [[name, value]] = Object.entries(root) as [[string, Model]];
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(name, value, '')}`;
}

function send(res: Response, status: number, format: MosFormat, root: Record<string, Model>) {
  if (format === 'json') res.status(status).type('application/json').send(JSON.stringify(root));
  else res.status(status).type('application/xml').send(toXml(root));
}

export function sendAnswer(res: Response, action: string, format: MosFormat, body: Record<string, Model>) {
  send(res, 200, format, { [`${action}Response`]: body });
}

/** `{"ErrorResponse":{"Error":{"message", "code"}}}` or its XML twin, with the error's HTTP status. */
export function sendMosError(res: Response, format: MosFormat, err: MosError) {
  send(res, err.status, format, { ErrorResponse: { Error: { message: err.message, code: err.code } } });
}
