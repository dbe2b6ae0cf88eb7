/**
 * A list's remembered choices in this browser (localStorage, per `tableId`): hidden columns and
 * page size. Checked field by field, since anything may sit in storage (an older version, a hand
 * edit); a field that does not pass is dropped. (Plain checks rather than zod: zod would add
 * ~24 KB gzipped to every list page for two fields.)
 */
export interface TablePrefs {
  hidden?: string[];
  pageSize?: number;
}

function checkPrefs(value: unknown): TablePrefs {
  if (typeof value !== 'object' || value === null) return {};
  const { hidden, pageSize } = value as Record<string, unknown>;
  const out: TablePrefs = {};
  if (
    Array.isArray(hidden) &&
    hidden.length <= 50 &&
    hidden.every((h) => typeof h === 'string' && h.length <= 40)
  ) {
    out.hidden = hidden as string[];
  }
  if (
    typeof pageSize === 'number' &&
    Number.isInteger(pageSize) &&
    pageSize >= 1 &&
    pageSize <= 500
  )
    out.pageSize = pageSize;
  return out;
}

const storageKey = (tableId: string) => `console.table.${tableId}`;

export function readTablePrefs(tableId: string): TablePrefs {
  try {
    const raw = globalThis.localStorage?.getItem(storageKey(tableId));
    if (!raw) return {};
    return checkPrefs(JSON.parse(raw));
  } catch {
    // Storage disabled (private mode) or unreadable JSON: the defaults.
    return {};
  }
}

export function writeTablePrefs(tableId: string, change: Partial<TablePrefs>): TablePrefs {
  const next = { ...readTablePrefs(tableId), ...change };
  try {
    globalThis.localStorage?.setItem(storageKey(tableId), JSON.stringify(next));
  } catch {
    // Full or disabled storage: the choice holds for this page only.
  }
  return next;
}

/**
 * A list-state parser that takes the remembered page size when the URL names none, so a list
 * opens at the size last chosen while a shared link's `size` still wins. Only sizes the list
 * offers are taken. Make it once per list (module level): useUrlState keys on its identity.
 */
export function withRememberedSize<S>(
  tableId: string,
  parse: (p: URLSearchParams) => S,
  sizes: readonly number[],
) {
  return (p: URLSearchParams): S => {
    if (p.has('size')) return parse(p);
    const remembered = readTablePrefs(tableId).pageSize;
    if (remembered === undefined || !sizes.includes(remembered)) return parse(p);
    const withSize = new URLSearchParams(p);
    withSize.set('size', String(remembered));
    return parse(withSize);
  };
}

/** Columns a person may hide: all but the name (first), the row menu (stickyRight), those marked not hideable or without a name to show. */
export function hideableKeys(
  columns: readonly {
    key: string;
    hideable?: boolean;
    stickyRight?: boolean;
    label?: string;
    header: unknown;
  }[],
): string[] {
  return columns
    .filter((c, i) => i > 0 && c.hideable !== false && !c.stickyRight && !!columnLabel(c))
    .map((c) => c.key);
}

/** The words the chooser shows for a column: its `label`, else a plain-text header. */
export const columnLabel = (c: { label?: string; header: unknown }): string | undefined =>
  c.label ?? (typeof c.header === 'string' ? c.header : undefined);
