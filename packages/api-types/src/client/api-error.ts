import type { ApiError } from '../errors';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optional = (v: unknown, type: 'string' | 'number' | 'object') =>
  v === undefined || (type === 'object' ? isRecord(v) : typeof v === type);

/**
 * The BFF's one error shape, checked without zod (the browser's bundle carries no schema library
 * for it): the same fields as `apiErrorSchema`, which a test keeps in step.
 */
export function parseApiError(body: unknown): ApiError | undefined {
  if (!isRecord(body)) return undefined;
  const { code, message, requestId, httpStatus, issues, lockedUntil, upstream } = body;
  if (
    typeof code !== 'string' ||
    typeof message !== 'string' ||
    typeof requestId !== 'string' ||
    typeof httpStatus !== 'number'
  )
    return undefined;
  if (!optional(lockedUntil, 'string') || !optional(upstream, 'object')) return undefined;
  if (
    issues !== undefined &&
    !(
      Array.isArray(issues) &&
      issues.every(
        (i) => isRecord(i) && typeof i.path === 'string' && typeof i.message === 'string',
      )
    )
  ) {
    return undefined;
  }
  return body as ApiError;
}
