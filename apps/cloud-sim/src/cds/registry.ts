import { catalog, type ActionDef } from '@console/api-types';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Account } from './models/account';
import type { World } from './models/world';
import { UPSTREAM_ACTIONS, type CdsPath } from './upstream-actions';
import { validateParameters, type ValidationOptions } from './wire/params';

/** What a handler gets besides its validated input. */
export interface HandlerContext {
  world: World;
  account: Account;
  requestId: string;
  log: Logger;
}

/** A handler's answer: the keys that go beside Code, Message and RequestId. */
export type Payload = Record<string, unknown>;

export interface RegisteredHandler {
  path: CdsPath;
  action: string;
  def: ActionDef;
  /** Validates the raw parameters with the catalog entry's schema, then handles them. */
  run(ctx: HandlerContext, params: Record<string, unknown>): Payload;
}

/** The catalog entry served at a path under an action name, if there is one. */
export function catalogEntry(path: string, action: string): ActionDef | undefined {
  return catalog.find((a) => a.provider === 'cds' && a.path === path && a.action === action);
}

/** Binds a handler to its catalog entry, so its input is typed by the entry's schema. */
export function handler<I extends z.ZodType>(
  path: CdsPath,
  def: ActionDef<I>,
  handle: (ctx: HandlerContext, input: z.output<I>) => Payload,
  opts: ValidationOptions = {},
): RegisteredHandler {
  return {
    path,
    action: def.action,
    def: def as unknown as ActionDef,
    run: (ctx, params) => handle(ctx, validateParameters(def, params, opts)),
  };
}

export type Resolution =
  | { kind: 'handler'; handler: RegisteredHandler }
  | { kind: 'not-implemented' }
  | { kind: 'unknown' };

/**
 * Handlers keyed by product path and action name (moto's "responses" dispatch). Registering
 * checks the pair against the catalog, so the simulator can only serve actions the console knows.
 */
export class Registry {
  private readonly handlers = new Map<string, RegisteredHandler>();

  register(...handlers: RegisteredHandler[]) {
    for (const h of handlers) {
      const entry = catalogEntry(h.path, h.action);
      if (!entry) throw new Error(`simulator handler ${h.path} ${h.action} has no catalog entry at that path`);
      this.handlers.set(`${h.path} ${h.action}`, h);
    }
    return this;
  }

  resolve(path: CdsPath, action: string): Resolution {
    const h = this.handlers.get(`${path} ${action}`);
    if (h) return { kind: 'handler', handler: h };
    if (catalogEntry(path, action) || UPSTREAM_ACTIONS[path].includes(action)) return { kind: 'not-implemented' };
    return { kind: 'unknown' };
  }

  /** "path Action" of every action served. */
  list() {
    return [...this.handlers.keys()];
  }
}
