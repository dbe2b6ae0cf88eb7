import type { SearchItem, SearchSource } from './module';

/** A match of the keyboard search: the item, where it was listed, and where it opens. */
export interface SearchHit extends SearchItem {
  key: string;
  provider: string;
  account: string;
  source: SearchSource;
  to: string;
}

const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The items of a cached answer: a list, or a page's `items`; each with a string id. */
export function itemsOf(data: unknown): SearchItem[] {
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items) ? (data as { items: unknown[] }).items : [];
  return list.flatMap((raw) => {
    if (!raw || typeof raw !== 'object') return [];
    const r = raw as Record<string, unknown>;
    if (typeof r.id !== 'string' || !r.id) return [];
    // Every field named like an address (publicIps, ipAddresses, privateIp…) is searched.
    const addresses = Object.entries(r).flatMap(([k, v]) => (/ip(s|address(es)?)?$/i.test(k) ? strings(v) : []));
    return [{ id: r.id, name: typeof r.name === 'string' ? r.name : '', addresses }];
  });
}

/**
 * Matches among the answers the console has cached: query keys are
 * [provider, product, action, account, input, …] (api/query.ts). Name and id match by a part,
 * addresses by their start; each item once per account; names that start with the text first.
 */
export function searchCache(
  queries: readonly { queryKey: readonly unknown[]; data: unknown }[],
  sources: readonly SearchSource[],
  text: string,
  limit = 20,
): SearchHit[] {
  const q = text.trim().toLowerCase();
  if (!q) return [];
  const byAction = new Map(sources.map((s) => [s.action as string, s]));
  const hits = new Map<string, SearchHit & { rank: number }>();
  for (const { queryKey, data } of queries) {
    const [provider, product, action, account] = queryKey;
    const source = byAction.get(`${String(provider)}/${String(product)}/${String(action)}`);
    if (!source || typeof account !== 'string') continue;
    for (const item of itemsOf(data)) {
      const name = item.name.toLowerCase();
      const rank = name.startsWith(q) ? 0 : name.includes(q) ? 1 : item.id.toLowerCase().includes(q) ? 2 : item.addresses.some((a) => a.startsWith(q)) ? 3 : -1;
      const key = `${account}/${item.id}`;
      if (rank < 0 || hits.has(key)) continue;
      hits.set(key, { ...item, key, provider: String(provider), account, source, to: source.to(item, account), rank });
    }
  }
  return [...hits.values()]
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ rank: _rank, ...hit }) => hit);
}
