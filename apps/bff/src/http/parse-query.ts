import { z } from 'zod';
import { CONTROL_CHAR, LONE_SURROGATE } from './body-guard';
import { parseBody } from './parse-body';

/** A query text: one value (not a repeated parameter), bounded, printable. */
export const queryText = (max: number) =>
  z
    .string({ error: 'must be given once, as text' })
    .max(max, `is at most ${max} characters`)
    .refine((s) => !CONTROL_CHAR.test(s) && !LONE_SURROGATE.test(s), 'contains a control character or invalid Unicode');

/** A page number a database can use: whole, from 1 to a million. */
export const pageNumber = (max = 1_000_000) =>
  z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);

/** An ISO date-time with its offset, in years the database stores (1970–9999). */
export const queryTime = (name: string) =>
  z.iso
    .datetime({ offset: true, message: `${name} must be an ISO date-time` })
    .refine((v) => {
      const year = new Date(v).getUTCFullYear();
      return year >= 1970 && year <= 9999;
    }, `${name} must be between 1970 and 9999`);

/**
 * Validates a query string like a body (400 field by field); empty values count as absent, so
 * a form's blank filter is no filter. Unknown parameters are ignored (cache busters, trackers).
 */
export function parseQuery<T extends z.ZodType>(schema: T, query: Record<string, unknown>): z.output<T> {
  return parseBody(schema, Object.fromEntries(Object.entries(query).filter(([, v]) => v !== '' && v !== undefined)));
}
