import type { ApiError } from '@console/api-types';

/** An error the BFF answers with as is: it already has the one public error shape. */
export class HttpError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: string,
    message: string,
    readonly extra: Pick<ApiError, 'issues' | 'upstream'> & { lockedUntil?: string } = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
