import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog/index';
import { apiErrorSchema } from '../errors';
import { parseApiError } from './api-error';
import { clientActionFiles } from './generate';
import { allActionRefs } from './all';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'actions');

describe('the browser view of the catalog', () => {
  it('is what the generator writes today (else run `pnpm --filter @console/api-types gen`)', () => {
    const expected = clientActionFiles();
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected))
      expect(readFileSync(path.join(dir, name), 'utf8'), name).toBe(text);
  });

  it('has every catalog entry once, with its metadata and without schemas', () => {
    const refs = allActionRefs();
    expect(refs).toHaveLength(catalog.length);
    for (const def of catalog) {
      const r = refs.find(
        (x) => x.provider === def.provider && x.product === def.product && x.action === def.action,
      );
      expect(r, def.action).toBeDefined();
      expect(r).toMatchObject({ kind: def.kind, method: def.method, summary: def.summary });
      expect(r!.invalidates ?? []).toEqual(def.invalidates ?? []);
      expect(r!.task).toBe(def.task);
      expect(r).not.toHaveProperty('input');
      expect(r).not.toHaveProperty('output');
    }
  });

  it('no file the browser imports pulls in zod', () => {
    const clientDir = path.dirname(fileURLToPath(import.meta.url));
    const browserFiles = [
      'index.ts',
      'ref.ts',
      'api-error.ts',
      ...readdirSync(dir).map((f) => `actions/${f}`),
    ];
    const reached = [
      '../values.ts',
      ...readdirSync(path.join(clientDir, '../normalized')).map((f) => `../normalized/${f}`),
    ];
    for (const f of [...browserFiles, ...reached]) {
      const text = readFileSync(path.join(clientDir, f), 'utf8');
      expect(text, f).not.toMatch(/from 'zod'/);
      expect(text.replace(/import type [^;]+;/g, ''), f).not.toMatch(
        /from '\.\.\/(\.\.\/)?catalog/,
      );
    }
  });
});

describe('parseApiError agrees with apiErrorSchema', () => {
  const shape = fc.record(
    {
      code: fc.oneof(fc.string(), fc.integer()),
      message: fc.string(),
      requestId: fc.oneof(fc.string(), fc.constant(null)),
      httpStatus: fc.oneof(fc.integer(), fc.string()),
      issues: fc.oneof(
        fc.array(fc.record({ path: fc.string(), message: fc.oneof(fc.string(), fc.integer()) })),
        fc.string(),
      ),
      lockedUntil: fc.oneof(fc.string(), fc.integer()),
      upstream: fc.oneof(fc.record({ code: fc.string() }), fc.string()),
    },
    { requiredKeys: [] },
  );
  it('accepts and refuses the same bodies', () => {
    fc.assert(
      fc.property(fc.oneof(shape, fc.anything()), (body) => {
        expect(parseApiError(body) !== undefined).toBe(apiErrorSchema.safeParse(body).success);
      }),
      { numRuns: 2000 },
    );
  });
});
