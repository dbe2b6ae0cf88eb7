import type { RequestHandler } from 'express';
import { HttpError } from './api-error';

/** Bounds every JSON body before anything else looks at it (the 64 KB size cap is the parser's). */
export const BODY_LIMITS = Object.freeze({ maxDepth: 32, maxString: 16 * 1024 });

/** C0 controls other than tab, line feed and carriage return, and DEL: no cloud accepts them. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Half of a surrogate pair without its other half: not valid Unicode, refused by PostgreSQL's jsonb. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface BodyProblem {
  path: string;
  message: string;
}

const describe = (s: string) => {
  const c = CONTROL_CHAR.exec(s)?.[0];
  if (c) return `contains the control character U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which no cloud accepts`;
  if (LONE_SURROGATE.test(s)) return 'contains a lone surrogate (not valid Unicode)';
  if (s.length > BODY_LIMITS.maxString) return `is longer than ${BODY_LIMITS.maxString} characters`;
  return undefined;
};

/**
 * The first problem of a parsed body, walked without recursion (a body nested 20,000 deep must
 * not overflow the stack of whoever looks at it next).
 */
export function findBodyProblem(body: unknown): BodyProblem | undefined {
  const stack: { value: unknown; path: string[] }[] = [{ value: body, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    const where = path.join('.') || '(body)';
    if (typeof value === 'string') {
      const problem = describe(value);
      if (problem) return { path: where, message: problem };
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (path.length >= BODY_LIMITS.maxDepth) return { path: where, message: `is nested more than ${BODY_LIMITS.maxDepth} levels deep` };
    for (const [key, child] of Object.entries(value)) {
      const keyProblem = describe(key);
      if (keyProblem) return { path: [...path, JSON.stringify(key)].join('.'), message: `field name ${keyProblem}` };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}

/** 400 InvalidBody naming the field, before routes, roles or schemas see the body. */
export const guardBody: RequestHandler = (req, _res, next) => next(bodyRefusal(req.body));

/** What guardBody answers a body with: its first problem as a 400, or undefined. */
export function bodyRefusal(body: unknown): HttpError | undefined {
  const problem = findBodyProblem(body);
  return problem && new HttpError(400, 'InvalidBody', `${problem.path}: ${problem.message}`, { issues: [problem] });
}
