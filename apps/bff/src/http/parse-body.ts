import type { z } from 'zod';
import { HttpError } from './api-error';

/** Validates a console API body (not an upstream action) and answers 400 field by field. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));
  throw new HttpError(400, 'ValidationError', issues.map((i) => `${i.path}: ${i.message}`).join('; '), { issues });
}
