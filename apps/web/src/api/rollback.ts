import type { QueryClient, QueryKey } from '@tanstack/react-query';

/** The cached answers before an optimistic update: each query's data by reference (cheap, nothing copied). */
export type CacheSnapshot = ReadonlyMap<string, unknown>;

/** One cached answer an optimistic update replaced: what it was and what the update made of it. */
export interface CacheChange {
  hash: string;
  key: QueryKey;
  before: unknown;
  after: unknown;
}

export function snapshotCache(client: QueryClient): CacheSnapshot {
  return new Map(client.getQueryCache().getAll().map((q) => [q.queryHash, q.state.data]));
}

/** The answers that changed since the snapshot (the optimistic update's doing; the cache holds immutable data). */
export function changesSince(client: QueryClient, before: CacheSnapshot): CacheChange[] {
  return client
    .getQueryCache()
    .getAll()
    .filter((q) => before.has(q.queryHash) && before.get(q.queryHash) !== q.state.data)
    .map((q) => ({ hash: q.queryHash, key: q.queryKey, before: before.get(q.queryHash), after: q.state.data }));
}

type WithId = { id?: unknown };
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const itemsOf = (v: unknown): WithId[] | undefined => (Array.isArray(v) ? v : isObj(v) && Array.isArray(v.items) ? (v.items as WithId[]) : undefined);
const byId = (items: WithId[]) => new Map(items.filter((i) => isObj(i) && i.id !== undefined).map((i) => [i.id, i]));

/**
 * Undoes one update on an answer that has moved on since (another update of the same list, e.g.
 * the other instances of a bulk action): the items this update replaced, and that nothing replaced
 * again, get their earlier version back; the rest stays.
 */
function undoItems(before: unknown, after: unknown, current: unknown): unknown {
  const [b, a, c] = [itemsOf(before), itemsOf(after), itemsOf(current)];
  if (!b || !a || !c) return current;
  const was = byId(b);
  const made = byId(a);
  let touched = false;
  const items = c.map((item) => {
    const id = isObj(item) ? item.id : undefined;
    const old = was.get(id);
    if (old !== undefined && made.get(id) === item && old !== item) {
      touched = true;
      return old;
    }
    return item;
  });
  if (!touched) return current;
  return Array.isArray(current) ? items : { ...(current as object), items };
}

/**
 * Puts back what an optimistic update changed, at once and without the network (the write failed;
 * the connection may be gone too), and returns the keys to refetch for the real state.
 */
export function rollBack(client: QueryClient, changes: readonly CacheChange[]): QueryKey[] {
  for (const ch of changes) {
    const query = client.getQueryCache().get(ch.hash);
    if (!query || ch.before === undefined) continue;
    const current = query.state.data;
    const restored = current === ch.after ? ch.before : undoItems(ch.before, ch.after, current);
    if (restored !== current) client.setQueryData(ch.key, restored);
  }
  return changes.map((c) => c.key);
}
