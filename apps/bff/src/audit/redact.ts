const SECRET_KEY = /pass(word)?|secret|signature|token|credential/i;

/** A copy of parameters fit for the audit log: passwords and secrets replaced, at any depth. */
export function redactParams(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactParams);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redactParams(v)]),
    );
  }
  return value;
}
