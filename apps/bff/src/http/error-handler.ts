import type { ApiError } from '@console/api-types';
import { UpstreamError } from '@console/cloud-client';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HttpError } from './api-error';

/** Turns anything thrown into the one ApiError shape; unexpected errors are logged, not shown. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const requestId = req.requestId ?? 'unknown';
  let body: ApiError;
  if (err instanceof HttpError) {
    body = { code: err.code, message: err.message, requestId, httpStatus: err.httpStatus, ...err.extra };
  } else if (err instanceof UpstreamError) {
    body = {
      code: err.code,
      message: err.message,
      requestId,
      httpStatus: err.httpStatus,
      upstream: err.upstream,
    };
  } else if (isBodyParserError(err)) {
    const tooLarge = err.type === 'entity.too.large';
    body = {
      code: tooLarge ? 'PayloadTooLarge' : 'InvalidJson',
      message: tooLarge ? 'The request body is too large' : 'The request body is not valid JSON',
      requestId,
      httpStatus: tooLarge ? 413 : 400,
    };
  } else {
    req.log?.error({ err }, 'unexpected error');
    body = { code: 'InternalError', message: 'Something went wrong in the console server', requestId, httpStatus: 500 };
  }
  res.status(body.httpStatus).json(body);
};

export const notFoundApi: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'NotFound', `No API route ${req.method} ${req.path}`));
};

function isBodyParserError(err: unknown): err is { type: string } {
  return typeof err === 'object' && err !== null && typeof (err as { type?: unknown }).type === 'string' && 'status' in err;
}
