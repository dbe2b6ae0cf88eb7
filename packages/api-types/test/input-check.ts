import { expect } from 'vitest';
import { z } from 'zod';
import type { ActionDef } from '../src/define';
import { findAction } from '../src/lookup';

/** Helpers of the input-schema tests: inputs are parsed strictly, as the BFF does. */

/** The catalog entry, or a thrown error naming the missing key. */
export const entry = (provider: string, product: string, action: string) => {
  const a = findAction(provider, product, action);
  if (!a) throw new Error(`no entry ${provider}/${product}/${action}`);
  return a;
};
/** Parses an input; returns the parsed value or the list of messages. */
export const input = (a: ActionDef, value: unknown) => {
  const r = (a.input instanceof z.ZodObject ? a.input.strict() : a.input).safeParse(value);
  return r.success
    ? { ok: true as const, data: r.data as Record<string, unknown> }
    : { ok: false as const, messages: r.error.issues.map((i) => i.message) };
};
export const expectAccepted = (a: ActionDef, value: unknown) => {
  const r = input(a, value);
  expect(r.ok ? 'accepted' : r.messages.join(' | ')).toBe('accepted');
  return (r as { data: Record<string, unknown> }).data;
};
export const expectRejected = (a: ActionDef, value: unknown, message: string | RegExp) => {
  const r = input(a, value);
  expect(r.ok, `${a.action} should reject ${JSON.stringify(value)}`).toBe(false);
  const messages = r.ok ? [] : r.messages;
  expect(
    messages.some((m) => (typeof message === 'string' ? m.includes(message) : message.test(m))),
    messages.join(' | '),
  ).toBe(true);
};
