/** Input a repository refuses before it reaches SQL; the message is fit to show to the person. */
export class StorageValidationError extends Error {
  override name = 'StorageValidationError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** A unique value is already taken (username, account name). */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** PostgreSQL's unique_violation, raised the same way by pg and PGlite (both carry `code`). */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const MAX_PAGE_SIZE = 500;

/** 1-based page and a page size clamped to 1..500, as LIMIT/OFFSET. */
export function paging(page: number | undefined, pageSize: number | undefined): { page: number; pageSize: number; offset: number } {
  const p = Number.isInteger(page) && page! >= 1 ? page! : 1;
  const s = Number.isInteger(pageSize) ? Math.min(Math.max(pageSize!, 1), MAX_PAGE_SIZE) : 50;
  return { page: p, pageSize: s, offset: (p - 1) * s };
}

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids are uuid columns: a malformed id is "not found" rather than a database type error. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
