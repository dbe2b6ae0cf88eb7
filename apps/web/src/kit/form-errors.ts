import { asApiError } from '../api/client';

/** The server's message for one field: from its `issues`, or the whole message when the code belongs to that field. */
export function fieldError(err: unknown, field: string, codes: readonly string[] = []): string | undefined {
  if (!err) return undefined;
  const e = asApiError(err);
  const issue = e.issues?.find((i) => i.path === field || i.path.endsWith(`.${field}`));
  if (issue) return issue.message;
  return codes.includes(e.code) ? e.message : undefined;
}

/** True when some field shows the error already, so it need not be repeated in a notice. */
export function errorOnAField(err: unknown, fields: Record<string, readonly string[]>): boolean {
  return Object.entries(fields).some(([field, codes]) => fieldError(err, field, codes) !== undefined);
}
