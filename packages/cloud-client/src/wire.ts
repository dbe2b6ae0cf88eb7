/** How a typed parameter value travels in a CDS query string: lists and objects as JSON. */
export function toWireValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Query parameters for a GET action: every defined input value, stringified. */
export function toWireQuery(input: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) {
    if (v !== undefined && v !== null) out[k] = toWireValue(v);
  }
  return out;
}
