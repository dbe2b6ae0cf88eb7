import type { ApiError } from '@console/api-types';
import { UpstreamError } from '@console/cloud-client';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { HttpError } from './api-error';

/** Turns anything thrown into the one ApiError shape; unexpected errors are logged, not shown. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const body = apiErrorBody(err, req.requestId ?? 'unknown', () => req.log);
  res.status(body.httpStatus).json(body);
};

/** The answer to an error (what errorHandler sends); `log` is asked only for an unexpected one. */
export function apiErrorBody(err: unknown, requestId: string, log: () => Logger | undefined): ApiError {
  if (err instanceof HttpError) {
    return { code: err.code, message: err.message, requestId, httpStatus: err.httpStatus, ...err.extra };
  }
  if (err instanceof UpstreamError) {
    return {
      code: err.code,
      message: err.message,
      requestId,
      httpStatus: err.httpStatus,
      upstream: err.upstream,
    };
  }
  if (isBodyParserError(err)) {
    const tooLarge = err.type === 'entity.too.large';
    return {
      code: tooLarge ? 'PayloadTooLarge' : 'InvalidJson',
      message: tooLarge ? 'The request body is too large' : 'The request body is not valid JSON',
      requestId,
      httpStatus: tooLarge ? 413 : 400,
    };
  }
  log()?.error({ err }, 'unexpected error');
  return { code: 'InternalError', message: 'Something went wrong in the console server', requestId, httpStatus: 500 };
}

export const notFoundApi: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'NotFound', `No API route ${req.method} ${req.path}`));
};

function isBodyParserError(err: unknown): err is { type: string } {
  return typeof err === 'object' && err !== null && typeof (err as { type?: unknown }).type === 'string' && 'status' in err;
}
