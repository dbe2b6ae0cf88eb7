import { z } from 'zod';

/**
 * How a MOS (Meituan MCS, EC2-style Query API) action's typed input travels on the wire.
 *
 * The catalog types MOS inputs as ordinary objects with lists; MOS wants flat form/query
 * pairs, numbered from 1 (mos-mcs-api.md: "InstanceId.n", "Filter.n.Name",
 * "Filter.n.Value.m", "Name.n"/"Value.n"). The convention, applied recursively:
 *
 * - a scalar is `Key=value`: strings as they are, numbers in decimal, booleans as
 *   "True"/"False" (Python's str(), which the published clients send); undefined and null
 *   are left out;
 * - a list of scalars is numbered: `InstanceIds: ['a', 'b']` → `InstanceId.1=a`, `InstanceId.2=b`;
 * - a list of objects is numbered and each object's fields follow the number:
 *   `Filters: [{ Name: 'status', Values: ['running'] }]` → `Filter.1.Name=status`,
 *   `Filter.1.Value.1=running`;
 * - a nested object's fields are joined with a dot: `{ A: { B: 1 } }` → `A.B=1`;
 * - key names are renamed by MOS_WIRE_NAMES (the plural the catalog uses → the singular
 *   the document uses); any other key is sent as it is.
 *
 * So PutInstanceMetadata's `{ InstanceId, Names: ['k'], Values: ['v'] }` is sent as
 * `InstanceId=…&Name.1=k&Value.1=v`, exactly the document's example.
 * The common parameters (Action, AWSAccessKeyId, Signature…, Format) are not part of it.
 */
export const MOS_WIRE_NAMES: Readonly<Record<string, string>> = {
  InstanceIds: 'InstanceId',
  InstanceNames: 'InstanceName',
  Filters: 'Filter',
  Values: 'Value',
  Names: 'Name',
};

const wireName = (key: string) => MOS_WIRE_NAMES[key] ?? key;

function scalar(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v instanceof Date) return v.toISOString();
  throw new TypeError(`MOS parameters cannot carry a ${typeof v}`);
}

function put(out: Record<string, string>, prefix: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => put(out, `${prefix}.${i + 1}`, item));
    return;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      put(out, `${prefix}.${wireName(k)}`, v);
    return;
  }
  out[prefix] = scalar(value);
}

/** The flat `key → value` pairs MOS expects for a catalog input (see the convention above). */
export function flattenMosParams(input: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) put(out, wireName(k), v);
  return out;
}

/** The element MOS wraps every JSON answer in: `{"<Action>Response": {...}}`. */
export const mosResponseKey = (action: string) => `${action}Response`;

/** MOS error answer (HTTP 4xx): `{"ErrorResponse": {"Error": {"message", "code"}}}`. */
export const mosErrorResponse = z.looseObject({
  ErrorResponse: z.looseObject({
    Error: z.looseObject({
      message: z.string(),
      code: z.union([z.number(), z.string()]).transform(String),
    }),
  }),
});

/** The message and code of a MOS error answer, or undefined when the body is not one. */
export function mosErrorOf(body: unknown): { code: string; message: string } | undefined {
  const parsed = mosErrorResponse.safeParse(body);
  if (!parsed.success) return undefined;
  const { code, message } = parsed.data.ErrorResponse.Error;
  return { code, message };
}
