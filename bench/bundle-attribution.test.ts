import { describe, expect, it } from 'vitest';
import { decodeMappings, owner } from './bundle-attribution';

describe('bundle attribution', () => {
  it('decodes source-map segments to columns and sources', () => {
    // "AAAA": col 0, source 0; "CCAA": col +1, source +1; "EAAE": col +2, source 1; next line "AAAA" col 0 source 1; "D": col -1 (unmapped).
    expect(decodeMappings('AAAA,CCAA,EAAE;AAAA,D')).toEqual([
      [
        [0, 0],
        [1, 1],
        [3, 1],
      ],
      [
        [0, 1],
        [-1, -1],
      ],
    ]);
  });

  it('names packages, Mantine by component, and the app by folder', () => {
    expect(owner('../../node_modules/.pnpm/preact@11.2.0/node_modules/preact/dist/preact.mjs')).toBe('preact');
    expect(owner('../../node_modules/.pnpm/@mantine+core@9/node_modules/@mantine/core/esm/components/Table/Table.mjs')).toBe('@mantine/core Table');
    expect(owner('../../node_modules/.pnpm/@mantine+core@9/node_modules/@mantine/core/esm/core/Box/Box.mjs')).toBe('@mantine/core core');
    expect(owner('../../src/kit/table/Rows.tsx')).toBe('app kit/table');
  });
});
