/** One error shape for everything that can go wrong between the BFF and a cloud. */
export class UpstreamError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The HTTP status the BFF should answer with. */
    readonly httpStatus: number,
    readonly upstream: { code?: string; requestId?: string; httpStatus?: number } = {},
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

/** Upstream 4xx keep their status (the caller asked for something wrong); anything else is 502. */
export const bffStatusFor = (upstreamStatus: number) =>
  upstreamStatus >= 400 && upstreamStatus < 500 ? upstreamStatus : 502;
