import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Every request gets an id (a well-formed incoming X-Request-Id is kept), echoed back, and its arrival time. */
export const requestId: RequestHandler = (req, res, next) => {
  req.receivedAt = Date.now();
  const incoming = req.get('x-request-id');
  const id = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
  req.requestId = id;
  res.setHeader('X-Request-Id', id);
  next();
};
