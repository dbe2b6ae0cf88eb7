import type { ActionDef } from '@console/api-types';
import { z } from 'zod';
import { HttpError } from '../http/api-error';
import { answerCheck, REFUSED } from './answer-check';

const strictInputs = new WeakMap<ActionDef, z.ZodType>();

/** The entry's input schema, refusing unknown fields so a typo is an error, not a silent drop. */
function strictInput(def: ActionDef): z.ZodType {
  let schema = strictInputs.get(def);
  if (!schema) {
    schema = def.input instanceof z.ZodObject ? def.input.strict() : def.input;
    strictInputs.set(def, schema);
  }
  return schema;
}

/** Validated parameters, or a 400 that lists every problem field by field. */
export function validateInput(def: ActionDef, body: unknown): Record<string, unknown> {
  const parsed = strictInput(def).safeParse(body ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.join('.') || '(body)',
      message: i.code === 'unrecognized_keys' ? `Unknown field(s): ${i.keys.join(', ')}` : i.message,
    }));
    throw new HttpError(
      400,
      'ValidationError',
      `${def.action}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      { issues },
    );
  }
  return parsed.data as Record<string, unknown>;
}

/**
 * Parses an upstream answer with the entry's output schema before anything is shown, then
 * normalizes it. `owned`: the body is this call's own, freshly parsed and read by nothing after
 * this, so it is checked in place (answer-check.ts) instead of copied first by zod; a body the
 * check refuses is refused, with zod's account of what is wrong.
 */
export function parseOutput(def: ActionDef, body: unknown, upstreamRequestId?: string, owned = false): unknown {
  if (owned) {
    const checked = answerCheck(def.output)(body);
    if (checked !== REFUSED) return def.normalize(checked);
  }
  const parsed = def.output.safeParse(body);
  if (!parsed.success || owned) {
    const first = parsed.error?.issues[0];
    const where = first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'refused by the answer check';
    throw new HttpError(
      502,
      'UpstreamMalformed',
      `The cloud's answer to ${def.action} is not in the documented shape (${where})`,
      { upstream: { requestId: upstreamRequestId } },
    );
  }
  return def.normalize(parsed.data);
}
