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

/** A flat parameter set that cannot be read back into a typed input (gaps, clashes). */
export class MosWireError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MosWireError';
  }
}

const CATALOG_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(MOS_WIRE_NAMES).map(([catalogName, wire]) => [wire, catalogName]),
);

type Tree = { scalar?: string; items?: Map<number, Tree>; fields?: Map<string, Tree> };
const join = (path: string, part: string | number) => (path ? `${path}.${part}` : String(part));

function finish(tree: Tree, path: string): unknown {
  if (tree.items) {
    const numbers = [...tree.items.keys()].sort((a, b) => a - b);
    numbers.forEach((n, i) => {
      if (n !== i + 1) throw new MosWireError(`${join(path, i + 1)} is missing (numbering starts at 1, without gaps)`);
    });
    return numbers.map((n) => finish(tree.items!.get(n)!, join(path, n)));
  }
  if (tree.fields) {
    const out: Record<string, unknown> = {};
    for (const [name, sub] of tree.fields) {
      out[sub.items ? (CATALOG_NAMES[name] ?? name) : name] = finish(sub, join(path, name));
    }
    return out;
  }
  return tree.scalar;
}

/**
 * The inverse of flattenMosParams, as the simulator reads a call: `Filter.1.Value.2=x` becomes
 * `Filters[0].Values[1] = 'x'`, `Name.n`/`Value.n` become `Names`/`Values`. Values stay strings
 * (the catalog's schemas coerce numbers). Numbering must start at 1 without gaps, and a name
 * cannot be both a value and a list (`InstanceId=a&InstanceId.1=b`).
 */
export function unflattenMosParams(flat: Record<string, string>): Record<string, unknown> {
  const root: Tree = { fields: new Map() };
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = root;
    parts.forEach((part, i) => {
      const isIndex = /^\d+$/.test(part);
      if (isIndex && (!/^[1-9]\d{0,3}$/.test(part) || i === 0)) {
        throw new MosWireError(`${key}: list numbers start at 1 and follow a name`);
      }
      if ((isIndex && node.fields) || (!isIndex && node.items) || node.scalar !== undefined) {
        throw new MosWireError(`${key} clashes with another parameter of the same name`);
      }
      const container = isIndex ? (node.items ??= new Map()) : (node.fields ??= new Map());
      const k = isIndex ? Number(part) : part;
      let next = (container as Map<string | number, Tree>).get(k);
      if (!next) {
        next = {};
        (container as Map<string | number, Tree>).set(k, next);
      }
      node = next;
    });
    if (node.items || node.fields) throw new MosWireError(`${key} clashes with another parameter of the same name`);
    node.scalar = value;
  }
  return finish(root, '') as Record<string, unknown>;
}
