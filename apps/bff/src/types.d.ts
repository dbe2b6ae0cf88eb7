import 'express';
import type { Logger } from 'pino';
import type { ConsoleUser } from './session/user';

declare global {
  namespace Express {
    interface Request {
      requestId: string;
      /** Epoch ms the request arrived (http/request-id.ts): where its deadline counts from. */
      receivedAt?: number;
      user?: ConsoleUser;
      sessionToken?: string;
      /** The request's logger, bound to its id, method and path (http/logger.ts). */
      log: Logger;
    }
  }
}
