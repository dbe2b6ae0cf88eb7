import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { chain, onlyUnder } from './chain';

const req = (path = '/') => ({ path }) as Request;
const res = {} as Response;

/** Runs a handler and resolves with what it passed to its own `next` (or 'answered' when it did not call it). */
function outcome(handler: RequestHandler, request = req()): Promise<unknown> {
  return new Promise((resolve) => {
    const next = ((err?: unknown) => resolve(err === undefined ? 'next' : err)) as NextFunction;
    handler(request, res, next);
    setTimeout(() => resolve('answered'), 20);
  });
}

describe('chain', () => {
  it('runs the handlers in order, the async ones too, then calls next', async () => {
    const seen: string[] = [];
    const h = chain(
      (_q, _s, next) => (seen.push('a'), next()),
      async (_q, _s, next) => {
        await new Promise((r) => setTimeout(r, 1));
        seen.push('b');
        next();
      },
      (_q, _s, next) => (seen.push('c'), next()),
    );
    expect(await outcome(h)).toBe('next');
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['next(err)', ((_q, _s, next) => next(new Error('x'))) as RequestHandler],
    ['a throw', (() => {
      throw new Error('x');
    }) as RequestHandler],
    ['a rejection', (async () => {
      throw new Error('x');
    }) as RequestHandler],
  ])('stops at %s and passes the error on', async (_what, failing) => {
    let after = false;
    const err = await outcome(chain(failing, (_q, _s, next) => ((after = true), next())));
    expect((err as Error).message).toBe('x');
    expect(after).toBe(false);
  });

  it('gives a rejection without a reason an error, as Express does', async () => {
    const err = await outcome(chain(() => Promise.reject(undefined)));
    expect((err as Error).message).toBe('Rejected promise');
  });

  it('stops when a handler answers without calling next', async () => {
    let after = false;
    expect(await outcome(chain(() => {}, (_q, _s, next) => ((after = true), next())))).toBe('answered');
    expect(after).toBe(false);
  });
});

describe('onlyUnder', () => {
  const inner: RequestHandler = () => {};
  it.each([
    ['/session', 'answered'],
    ['/SESSION/', 'answered'],
    ['/sessions/x', 'answered'],
    ['/actions/cds/ccs/DescribeInstances', 'next'],
    ['/setup', 'next'],
  ])('%s → %s', async (path, expected) => {
    expect(await outcome(onlyUnder(['/session'], inner), req(path))).toBe(expected);
  });
});
