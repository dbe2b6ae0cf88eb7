/** A multi-value filter in the URL as a comma list (`?status=running,stop`): known values only, each once, in the given order. */
export function parseListParam<V extends string>(raw: string | null | undefined, allowed: readonly V[]): V[] {
  const asked = new Set((raw ?? '').split(',').map((s) => s.trim().toLowerCase()));
  return allowed.filter((v) => asked.has(v.toLowerCase()));
}

/** The comma list of values, undefined when none (left out of the URL). */
export const listParam = (values: readonly string[] | undefined): string | undefined => (values && values.length ? values.join(',') : undefined);
