import { MantineProvider, Table as MantineTable } from '@mantine/core';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Table } from './Table';

type Parts = typeof Table | typeof MantineTable;

/** The kit's list table as ResourceTable and Rows draw it, with the props they pass. */
function sample(T: Parts, compact: boolean) {
  return (
    <MantineProvider>
      <T highlightOnHover verticalSpacing="sm" layout={compact ? 'fixed' : undefined} aria-label="Instances" aria-busy={false}>
        <T.Thead>
          <T.Tr>
            <T.Th w={40} aria-label="Details" />
            <T.Th w={120} visibleFrom="sm" style={{ whiteSpace: 'nowrap' }} aria-sort="ascending" data-column="name">
              Name
            </T.Th>
          </T.Tr>
        </T.Thead>
        <T.Tbody>
          <T.Tr data-testid="row" bg="var(--mantine-primary-color-light)">
            <T.Td>x</T.Td>
            <T.Td visibleFrom="sm" style={{ textAlign: 'right' }}>
              web-1
            </T.Td>
          </T.Tr>
          <T.Tr>
            <T.Td colSpan={2} p={0}>
              details
            </T.Td>
          </T.Tr>
        </T.Tbody>
      </T>
    </MantineProvider>
  );
}

describe('kit Table', () => {
  it.each([false, true])('draws the same markup as Mantine’s Table (compact %s)', (compact) => {
    const ours = render(sample(Table, compact)).container.innerHTML;
    const theirs = render(sample(MantineTable, compact)).container.innerHTML;
    expect(ours).toContain('m_b23fa0ef');
    expect(ours).toContain('data-hover');
    expect(ours).toBe(theirs);
  });

  it('needs its table around its parts', () => {
    expect(() => render(<Table.Td>x</Table.Td>)).toThrow(/outside <Table>/);
  });
});
