import 'express';
import type { ConsoleUser } from './session/user';

declare global {
  namespace Express {
    interface Request {
      requestId: string;
      user?: ConsoleUser;
      sessionToken?: string;
    }
  }
}
