import type { ActionDef } from '@console/api-types';
import type { z } from 'zod';
import { CdsError } from '../../exceptions';
import { argMissing, memcachedBadParameter, paasInvalidParameter } from '../../paas-exceptions';
import type { HandlerContext, Payload, RegisteredHandler } from '../../registry';
import type { CdsPath } from '../../upstream-actions';
import { validateParameters } from '../../wire/params';

/**
 * A handler of a PaaS product: its parameters are validated with the catalog entry as every
 * handler's are, but a refusal answers in the product's own codes (ArgMissing / InvalidParameter
 * for MySQL and Redis, 20001 for Memcached) instead of the core document's field codes.
 */
export function paasHandler<I extends z.ZodType>(
  path: CdsPath,
  def: ActionDef<I>,
  handle: (ctx: HandlerContext, input: z.output<I>) => Payload,
): RegisteredHandler {
  const memcached = path === '/memcached';
  return {
    path,
    action: def.action,
    def: def as unknown as ActionDef,
    run: (ctx, params) => {
      let input: z.output<I>;
      try {
        input = validateParameters(def, params);
      } catch (err) {
        if (!(err instanceof CdsError)) throw err;
        const field = /"([^"]*)"/.exec(err.message)?.[1] ?? '';
        if (memcached) throw memcachedBadParameter(err.message);
        throw err.code === 'MissingParameter' ? argMissing(field) : paasInvalidParameter(err.message);
      }
      return handle(ctx, input);
    },
  };
}
