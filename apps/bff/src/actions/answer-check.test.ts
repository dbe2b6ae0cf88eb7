import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog, findAction, type ActionDef } from '@console/api-types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerCheck, REFUSED } from './answer-check';

/**
 * The in-place check must say what zod says: the same verdict on every answer, and on success
 * the same value (key order aside). Checked on every documented answer of the catalog, on
 * mutations of them (a key dropped, a value of another type), and on arbitrary JSON.
 */

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../../packages/api-types/fixtures');

const documented: { file: string; def: ActionDef; body: unknown }[] = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    const [provider = '', product = ''] = d.name.split('-');
    return readdirSync(join(FIXTURES, d.name))
      .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
      .map((f) => ({
        file: `${d.name}/${f}`,
        def: findAction(provider, product, f.replace(/(\.\d+)?\.json$/, '')),
        body: JSON.parse(readFileSync(join(FIXTURES, d.name, f), 'utf8')) as unknown,
      }))
      .filter((x): x is { file: string; def: ActionDef; body: unknown } => x.def !== undefined);
  });

/** Zod's verdict and the check's on two copies of one answer. */
function both(schema: z.ZodType, body: unknown) {
  const byZod = schema.safeParse(structuredClone(body));
  const checked = answerCheck(schema)(structuredClone(body));
  return { byZod, checked };
}

function expectSame(schema: z.ZodType, body: unknown) {
  const { byZod, checked } = both(schema, body);
  if (byZod.success) expect(checked).toStrictEqual(byZod.data);
  else expect(checked).toBe(REFUSED);
}

/** Every path to a value in a JSON document. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => paths(v, [...at, i])));
  if (value && typeof value === 'object') return here.concat(Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k])));
  return here;
}

const replacements: unknown[] = [null, 0, 1.5, -3, '', 'text', '42', 'NaN', true, false, [], {}, ['x'], { a: 1 }];

function mutate(body: unknown, path: (string | number)[], change: 'drop' | { to: unknown }): unknown {
  const copy = structuredClone(body);
  if (path.length === 0) return change === 'drop' ? undefined : change.to;
  let parent = copy as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (change === 'drop') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = change.to;
  return copy;
}

describe('answerCheck against zod', () => {
  it('has documented answers to check, nearly all of them whole answers zod accepts', () => {
    expect(documented.filter((d) => d.def.output.safeParse(structuredClone(d.body)).success).length).toBeGreaterThan(90);
  });

  it.each(documented.map((d) => [d.file, d] as const))('%s: same verdict and value as zod', (_file, d) => {
    expectSame(d.def.output, d.body);
  });

  it('agrees with zod on mutated documented answers (a key dropped, a value of another type)', () => {
    const cases = documented.map((d) => ({ ...d, paths: paths(d.body) }));
    fc.assert(
      fc.property(
        fc.nat(cases.length - 1),
        fc.nat(),
        fc.oneof(fc.constant('drop' as const), fc.constantFrom(...replacements).map((to) => ({ to }))),
        (which, pathIndex, change) => {
          const c = cases[which]!;
          expectSame(c.def.output, mutate(c.body, c.paths[pathIndex % c.paths.length]!, change));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees with zod on arbitrary JSON, for every read of the catalog', () => {
    const reads = catalog.filter((d) => d.kind === 'read');
    fc.assert(
      fc.property(fc.nat(reads.length - 1), fc.jsonValue(), (which, value) => {
        const def = reads[which]!;
        expectSame(def.output, value);
        expectSame(def.output, { Code: 'Success', Data: value });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('answerCheck semantics', () => {
  const schema = z.looseObject({
    name: z.string().default(''),
    list: z.array(z.string()).default([]),
    count: z.coerce.number().optional(),
    id: z.union([z.string(), z.number()]).transform(String),
    kind: z.enum(['a', 'b']).nullable().optional(),
  });

  it('changes the answer in place, as zod would have built it', () => {
    const body: Record<string, unknown> = { count: '7', id: 12, extra: { kept: true } };
    const checked = answerCheck(schema)(body);
    expect(checked).toBe(body);
    expect(body).toStrictEqual({ count: 7, id: '12', extra: { kept: true }, name: '', list: [] });
  });

  it('gives every answer its own copy of an object default', () => {
    const a = answerCheck(schema)({ id: 'x' }) as { list: string[] };
    const b = answerCheck(schema)({ id: 'y' }) as { list: string[] };
    expect(a.list).not.toBe(b.list);
  });

  it('refuses what zod refuses', () => {
    for (const body of [{}, { id: null }, { id: 'x', count: 'many' }, { id: 'x', kind: 'c' }, { id: 'x', list: [1] }, [], null, 'x']) {
      expect(answerCheck(schema)(body)).toBe(REFUSED);
      expect(schema.safeParse(body).success).toBe(false);
    }
  });

  it('refuses numbers zod refuses (not finite), coerced or not', () => {
    const n = z.looseObject({ plain: z.number().optional(), coerced: z.coerce.number().optional() });
    for (const body of [{ plain: Infinity }, { plain: NaN }, { coerced: '1e999' }, { coerced: 'x' }, { coerced: {} }]) {
      expect(answerCheck(n)(body)).toBe(REFUSED);
      expect(n.safeParse(body).success).toBe(false);
    }
    expectSame(n, { plain: 1, coerced: ' 12 ' });
    expectSame(n, { coerced: true });
  });

  it('leaves an own "__proto__" key to zod, which drops it', () => {
    const body = JSON.parse('{"id":"x","__proto__":{"polluted":true}}') as unknown;
    expectSame(schema, body);
    expect(Object.hasOwn(answerCheck(schema)(structuredClone(body)) as object, '__proto__')).toBe(false);
  });

  it('hands a union whose options change their input to zod (no option sees another one\'s changes)', () => {
    const u = z.union([z.looseObject({ a: z.coerce.number(), b: z.string() }), z.looseObject({ a: z.string() })]);
    expectSame(u, { a: '1' });
    expect(answerCheck(u)({ a: '1' })).toStrictEqual({ a: '1' });
  });

  it('strips unknown keys of a plain z.object as zod does (zod walks it)', () => {
    expectSame(z.object({ a: z.string() }), { a: 'x', b: 1 });
  });
});
