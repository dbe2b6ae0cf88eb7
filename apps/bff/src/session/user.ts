import type { ActionDef } from '@console/api-types';
import type { RequestHandler } from 'express';
import { HttpError } from '../http/api-error';

export type Role = 'viewer' | 'operator' | 'admin';

export interface ConsoleUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  language: string;
  theme: string;
}

/** Derived from the catalog's kind, so a new action is covered without new code. */
export function canRun(role: Role, def: Pick<ActionDef, 'kind'>): boolean {
  if (def.kind === 'read') return true;
  return role === 'operator' || role === 'admin';
}

export const requireUser: RequestHandler = (req, _res, next) => {
  if (!req.user) {
    next(new HttpError(401, 'NotSignedIn', 'Sign in to use the console'));
    return;
  }
  next();
};

export const requireAdmin: RequestHandler = (req, _res, next) => {
  if (!req.user) return next(new HttpError(401, 'NotSignedIn', 'Sign in to use the console'));
  if (req.user.role !== 'admin') return next(new HttpError(403, 'Forbidden', 'Only an admin may do this'));
  next();
};
