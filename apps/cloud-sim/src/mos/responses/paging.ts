/**
 * Filters and paging of the Describe actions (Filter.n.Name / Filter.n.Value.m, Limit, Offset).
 * Values of one filter are alternatives, filters together must all hold; a value may use the
 * EC2 wildcards * and ?, and matches without regard to case.
 */
export interface Filter {
  Name: string;
  Values: string[];
}

const globRule = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'isu');

export function matchesFilters<T>(item: T, filters: Filter[] | undefined, fields: Record<string, (item: T) => string>): boolean {
  return (filters ?? []).every((f) => {
    const value = fields[f.Name]?.(item) ?? '';
    return f.Values.some((v) => globRule(v).test(value));
  });
}

/** A page and the set's counters; Limit answers how many were returned ("实际返回的…个数"). */
export function page<T>(items: T[], limit: number | undefined, offset: number | undefined) {
  const from = offset ?? 0;
  const slice = items.slice(from, limit === undefined ? undefined : from + limit);
  return { slice, counters: { Total: items.length, Limit: slice.length, Offset: from } };
}

/** Times as the document writes them: "2013-07-19T15:52:02Z". */
export const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
