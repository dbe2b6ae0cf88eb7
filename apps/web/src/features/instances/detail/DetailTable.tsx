import { Table, Text } from '@mantine/core';
import type { Column } from '../../../kit/ResourceTable';

export interface DetailTableProps<T> {
  label: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowAttributes?: (row: T) => Record<string, string | undefined>;
  empty: string;
}

/**
 * The short tables of the detail page (disks, interfaces): every row is on screen at once, so
 * no paging, selection or refresh footer as in ResourceTable; the page polls the instance.
 */
export function DetailTable<T>({ label, columns, rows, rowKey, rowAttributes, empty }: DetailTableProps<T>) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" aria-label={label} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} w={c.width} visibleFrom={c.visibleFrom} style={{ whiteSpace: 'nowrap' }}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Text size="sm" c="dimmed">
                  {empty}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => (
              <Table.Tr key={rowKey(row)} {...rowAttributes?.(row)}>
                {columns.map((c) => (
                  <Table.Td key={c.key} visibleFrom={c.visibleFrom} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                    {c.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
