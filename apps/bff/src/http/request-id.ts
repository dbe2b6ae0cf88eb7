import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Every request gets an id (a well-formed incoming X-Request-Id is kept), echoed back, and its arrival time. */
export const requestId: RequestHandler = (req, res, next) => {
  req.receivedAt = Date.now();
  const id = requestIdOf(req.headers);
  req.requestId = id;
  res.setHeader('X-Request-Id', id);
  next();
};

/** A well-formed incoming X-Request-Id, else a new one. */
export function requestIdOf(headers: IncomingHttpHeaders): string {
  const incoming = headers['x-request-id'];
  return typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
}
