import { catalog, MosWireError, unflattenMosParams, type ActionDef } from '@console/api-types';
import type { z } from 'zod';
import { invalidAction, invalidParameterValue, missingParameter } from './errors';
import type { MosAccount } from './models/account';
import type { MosWorld } from './models/world';
import type { Model } from './wire/respond';
import { COMMON_PARAMETERS } from './wire/params';

export interface MosContext {
  world: MosWorld;
  account: MosAccount;
  now: number;
}

/** What goes inside `<Action>Response`. */
export type MosBody = Record<string, Model>;

export interface MosHandler {
  action: string;
  run(ctx: MosContext, params: Record<string, string>): MosBody;
}

const COMMON = new Set<string>(COMMON_PARAMETERS);

/** The catalog's MOS entry for an action name. */
export const mosEntry = (action: string): ActionDef | undefined =>
  catalog.find((a) => a.provider === 'mos' && a.action === action);

/**
 * The action's typed input from the flat parameters: numbered names read back into lists
 * (unflattenMosParams), then the catalog entry's schema. An absent required value answers
 * MissingParameter, any other problem InvalidParameterValue, each naming the parameter.
 */
export function mosInput<I extends z.ZodType>(def: ActionDef<I>, params: Record<string, string>): z.output<I> {
  const own = Object.fromEntries(Object.entries(params).filter(([k]) => !COMMON.has(k)));
  let tree: Record<string, unknown>;
  try {
    tree = unflattenMosParams(own);
  } catch (err) {
    if (err instanceof MosWireError) throw invalidParameterValue(err.message);
    throw err;
  }
  const parsed = def.input.safeParse(tree);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = issue.path.map(String).join('.') || 'the request';
  const given = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), tree);
  if (given === undefined && issue.code === 'invalid_type') throw missingParameter(name);
  throw invalidParameterValue(`${name}: ${issue.message}`);
}

/** Binds a handler to its catalog entry, so its input is typed by the entry's schema. */
export function mosHandler<I extends z.ZodType>(def: ActionDef<I>, handle: (ctx: MosContext, input: z.output<I>) => MosBody): MosHandler {
  return { action: def.action, run: (ctx, params) => handle(ctx, mosInput(def, params)) };
}

/** Handlers by action; registering checks the action is a MOS catalog entry. */
export class MosRegistry {
  private readonly handlers = new Map<string, MosHandler>();

  register(...handlers: MosHandler[]) {
    for (const h of handlers) {
      if (!mosEntry(h.action)) throw new Error(`MOS handler ${h.action} has no catalog entry`);
      this.handlers.set(h.action, h);
    }
    return this;
  }

  resolve(action: string): MosHandler {
    const h = this.handlers.get(action);
    if (!h) throw invalidAction(action);
    return h;
  }

  list() {
    return [...this.handlers.keys()];
  }
}
