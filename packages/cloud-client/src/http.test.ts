import { describe, expect, it } from 'vitest';
import { fetchText } from './http';

const failingWith = (cause: Error & { code?: string }) =>
  (async () => {
    throw Object.assign(new TypeError('fetch failed'), { cause });
  }) as unknown as typeof fetch;

describe('fetchText transport errors', () => {
  it('names a refused endpoint address with its reason, not as unreachable', async () => {
    const cause = Object.assign(
      new Error('meta.example resolves to 169.254.169.254, a link-local or cloud metadata address'),
      {
        code: 'EFORBIDDENADDRESS',
      },
    );
    await expect(
      fetchText(
        'http://meta.example/',
        { method: 'GET' },
        { timeoutMs: 1000, fetchImpl: failingWith(cause) },
      ),
    ).rejects.toMatchObject({
      code: 'ForbiddenEndpointAddress',
      message: expect.stringContaining('169.254.169.254'),
    });
  });

  it('says a connection failure is unreachable, with its code', async () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    await expect(
      fetchText(
        'http://127.0.0.1:1/',
        { method: 'GET' },
        { timeoutMs: 1000, fetchImpl: failingWith(cause) },
      ),
    ).rejects.toMatchObject({
      code: 'UpstreamUnreachable',
      message: expect.stringContaining('ECONNREFUSED'),
    });
  });
});
