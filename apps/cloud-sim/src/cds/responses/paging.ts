/** One page of a list, with the counts the CDS answers carry (PageCount 0 for an empty list). */
export function paginate<T>(items: T[], pageNumber = 1, pageSize = 10) {
  const start = (pageNumber - 1) * pageSize;
  return {
    items: items.slice(start, start + pageSize),
    PageNumber: pageNumber,
    PageCount: Math.ceil(items.length / pageSize),
    TotalCount: items.length,
  };
}

/** One id or several: a list, a JSON list in a string (a GET's wire form), or a single value. */
export function idList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.filter((v) => v !== '');
  const s = value.trim();
  if (s.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(s);
      if (Array.isArray(parsed)) return parsed.map(String).filter((v) => v !== '');
    } catch {
      /* a plain string after all */
    }
  }
  return s === '' ? [] : [s];
}
