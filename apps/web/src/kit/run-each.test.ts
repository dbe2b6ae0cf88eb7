import { describe, expect, it } from 'vitest';
import { ApiRequestError, asApiError } from '../api/client';
import { runEach } from './run-each';

const refuse = (code: string) =>
  Promise.reject(new ApiRequestError({ code, message: `${code} happened`, requestId: `req-${code}`, httpStatus: 403 }));
const summary = (failed: number, total: number) => `${failed} of ${total} failed`;

describe('runEach', () => {
  it('runs every item, even after a failure, and names each failure', async () => {
    const ran: string[] = [];
    const run = (name: string) => {
      ran.push(name);
      return name === 'b' ? refuse('IncorrectInstanceStatus') : Promise.resolve();
    };
    const err = await runEach(['a', 'b', 'c'], run, (n) => n, summary).catch((e: unknown) => e);
    expect(ran).toEqual(['a', 'b', 'c']);
    const api = asApiError(err);
    expect(api.code).toBe('PartialFailure');
    expect(api.message).toBe('1 of 3 failed');
    expect(api.requestId).toBe('req-IncorrectInstanceStatus');
    expect(api.issues).toEqual([{ path: 'b', message: 'IncorrectInstanceStatus: IncorrectInstanceStatus happened (req-IncorrectInstanceStatus)' }]);
  });

  it('passes a single item’s own error through unchanged', async () => {
    const err = await runEach(['a'], () => refuse('InstanceNotFound'), (n) => n, summary).catch((e: unknown) => e);
    expect(asApiError(err).code).toBe('InstanceNotFound');
  });

  it('resolves when every item succeeds', async () => {
    await expect(runEach(['a', 'b'], () => Promise.resolve(), (n) => n, summary)).resolves.toBeUndefined();
  });
});
