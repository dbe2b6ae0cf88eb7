import { CONTROL_CHAR, LONE_SURROGATE } from '../http/body-guard';

const SECRET_KEY = /pass(word)?|secret|signature|token|credential/i;

/** How much of a caller's input an audit record keeps: enough to read, never enough to fail on. */
export const AUDIT_LIMITS = Object.freeze({ depth: 8, string: 1024, items: 100 });

/** Controls (NUL included: PostgreSQL refuses it) and lone surrogates, written out as \uXXXX text. */
const UNSAFE = new RegExp(`${CONTROL_CHAR.source}|${LONE_SURROGATE.source}`, 'g');

const CUT_NOTE = /…\[\d+ more characters\]$/;

/** A string fit for any audit store: escaped, and truncated to `max` characters with a note. */
export function auditText(value: string, max: number = AUDIT_LIMITS.string): string {
  // Idempotent: a text already cut (its note at the end) is not cut again.
  const tooLong = value.length > max && !(CUT_NOTE.test(value) && value.replace(CUT_NOTE, '').length <= max);
  const cut = tooLong ? `${value.slice(0, max)}…[${value.length - max} more characters]` : value;
  return cut.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A copy of parameters fit for the audit log: passwords and secrets replaced at any depth kept,
 * strings escaped and truncated, nesting and list lengths bounded (deeper parts summarised), so
 * recording any input can neither fail nor overflow the stack.
 */
export function redactParams(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return auditText(value);
  if (!value || typeof value !== 'object') return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
  if (depth >= AUDIT_LIMITS.depth) return '[nested too deep]';
  if (Array.isArray(value)) {
    const kept = value.slice(0, AUDIT_LIMITS.items).map((v) => redactParams(v, depth + 1));
    return value.length > AUDIT_LIMITS.items ? [...kept, `[${value.length - AUDIT_LIMITS.items} more items]`] : kept;
  }
  const entries = Object.entries(value);
  const kept = entries
    .slice(0, AUDIT_LIMITS.items)
    .map(([k, v]) => [auditText(k, 128), SECRET_KEY.test(k) ? '[redacted]' : redactParams(v, depth + 1)]);
  if (entries.length > AUDIT_LIMITS.items) kept.push(['[more fields]', entries.length - AUDIT_LIMITS.items]);
  return Object.fromEntries(kept);
}
