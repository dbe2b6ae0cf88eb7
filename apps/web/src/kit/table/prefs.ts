import { z } from 'zod';

/**
 * A list's remembered choices in this browser (localStorage, per `tableId`): hidden columns and
 * page size. Read through zod, since anything may sit in storage (an older version, a hand edit).
 */
const Prefs = z.object({
  hidden: z.array(z.string().max(40)).max(50).optional().catch(undefined),
  pageSize: z.number().int().min(1).max(500).optional().catch(undefined),
});
export type TablePrefs = z.infer<typeof Prefs>;

const storageKey = (tableId: string) => `console.table.${tableId}`;

export function readTablePrefs(tableId: string): TablePrefs {
  try {
    const raw = globalThis.localStorage?.getItem(storageKey(tableId));
    if (!raw) return {};
    const parsed = Prefs.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
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
export function withRememberedSize<S>(tableId: string, parse: (p: URLSearchParams) => S, sizes: readonly number[]) {
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
export function hideableKeys(columns: readonly { key: string; hideable?: boolean; stickyRight?: boolean; label?: string; header: unknown }[]): string[] {
  return columns.filter((c, i) => i > 0 && c.hideable !== false && !c.stickyRight && !!columnLabel(c)).map((c) => c.key);
}

/** The words the chooser shows for a column: its `label`, else a plain-text header. */
export const columnLabel = (c: { label?: string; header: unknown }): string | undefined =>
  c.label ?? (typeof c.header === 'string' ? c.header : undefined);
