import { cdsCcs, cdsNetwork } from '@console/api-types';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { actionUrl, ApiRequestError, asApiError, callAction, sendAction, toApiError } from './client';
import { actionKey, actionQuery, allPagesQuery, fetchAllPages, invalidateActions, isQueryOfActions } from './query';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('actionUrl and keys', () => {
  it('derives the route and the query key from the catalog entry', () => {
    expect(actionUrl(cdsCcs.DescribeInstances)).toBe('/api/actions/cds/ccs/DescribeInstances');
    expect(actionUrl(cdsCcs.DescribeInstances, 'acc 1')).toBe('/api/actions/cds/ccs/DescribeInstances?account=acc%201');
    expect(actionKey(cdsCcs.DescribeInstances, { PageNumber: 1 }, 'acc-1')).toEqual(['cds', 'ccs', 'DescribeInstances', 'acc-1', { PageNumber: 1 }]);
    const match = isQueryOfActions('cds', ['DescribeInstances', 'DescribeVdc']);
    expect(match({ queryKey: ['cds', 'network', 'DescribeVdc', 'acc-1', {}] })).toBe(true);
    expect(match({ queryKey: ['cds', 'ccs', 'DescribeTask', 'acc-1', {}] })).toBe(false);
    expect(match({ queryKey: ['mos', 'mcs', 'DescribeInstances', 'acc-1', {}] })).toBe(false);
    const ofAccount = isQueryOfActions('cds', ['DescribeVdc'], 'acc-1');
    expect(ofAccount({ queryKey: ['cds', 'network', 'DescribeVdc', 'acc-1', {}] })).toBe(true);
    expect(ofAccount({ queryKey: ['cds', 'network', 'DescribeVdc', 'acc-2', {}] })).toBe(false);
  });
});

describe('the cloud account in query keys and calls', () => {
  it('puts the account in every key, so two accounts never share a cached answer', () => {
    const input = { RegionId: 'CN_Beijing_A' };
    const a = actionQuery(cdsNetwork.DescribeVdc, input, 'acc-A');
    const b = actionQuery(cdsNetwork.DescribeVdc, input, 'acc-B');
    expect(a.queryKey).toContain('acc-A');
    expect(b.queryKey).toContain('acc-B');
    expect(a.queryKey).not.toEqual(b.queryKey);
    expect(a.queryKey).toContainEqual(input); // the region, in the input
    const all = allPagesQuery(cdsNetwork.DescribeVdc, input, 'acc-A');
    expect(all.queryKey).toEqual(['cds', 'network', 'DescribeVdc', 'acc-A', input, 'all']);
  });

  it('sends the account with the call', async () => {
    const fetchImpl = vi.fn(async () => json(200, { data: { items: [], pageNumber: 1, pageCount: 1 }, requestId: 'r' }));
    vi.stubGlobal('fetch', fetchImpl);
    try {
      const client = new QueryClient();
      await client.fetchQuery(actionQuery(cdsNetwork.DescribeVdc, {}, 'acc-A'));
      await client.fetchQuery(allPagesQuery(cdsNetwork.DescribeVdc, {}, 'acc-B'));
      const urls = fetchImpl.mock.calls.map((c) => (c as unknown as [string])[0]);
      expect(urls).toEqual(['/api/actions/cds/network/DescribeVdc?account=acc-A', '/api/actions/cds/network/DescribeVdc?account=acc-B']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('refreshes only the lists of the account a write went to', async () => {
    const client = new QueryClient();
    client.setQueryData(actionKey(cdsNetwork.DescribeVdc, {}, 'acc-A'), { items: [] });
    client.setQueryData(actionKey(cdsNetwork.DescribeVdc, {}, 'acc-B'), { items: [] });
    await invalidateActions(client, 'cds', ['DescribeVdc'], 'acc-A');
    expect(client.getQueryState(actionKey(cdsNetwork.DescribeVdc, {}, 'acc-A'))?.isInvalidated).toBe(true);
    expect(client.getQueryState(actionKey(cdsNetwork.DescribeVdc, {}, 'acc-B'))?.isInvalidated).toBe(false);
  });
});

describe('sendAction', () => {
  it('posts the input as JSON with the CSRF header and returns data and taskIds', async () => {
    const fetchImpl = vi.fn(async () => json(200, { data: { taskId: 't1' }, taskIds: ['t1'], requestId: 'r1' }));
    const res = await sendAction(cdsCcs.StopInstance, { InstanceId: 'i-1' }, { fetchImpl });
    expect(res).toEqual({ data: { taskId: 't1' }, taskIds: ['t1'], requestId: 'r1' });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/actions/cds/ccs/StopInstance');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'X-CSRF': '1', 'Content-Type': 'application/json' });
    expect(JSON.parse(String(init.body))).toEqual({ InstanceId: 'i-1' });
  });

  it('keeps the BFF error as it is, issues and upstream included', async () => {
    const body = {
      code: 'ValidationError',
      message: 'CreateInstance: Password: bad',
      requestId: 'req-9',
      httpStatus: 400,
      issues: [{ path: 'Password', message: 'bad' }],
    };
    const err = await callAction(cdsCcs.DescribeInstances, {}, { fetchImpl: async () => json(400, body) }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiRequestError);
    expect(err.apiError).toEqual(body);
    expect(err.code).toBe('ValidationError');
    expect(err.requestId).toBe('req-9');
  });

  it('turns a non-JSON gateway page into ConsoleUnavailable with the header request id', async () => {
    const fetchImpl = async () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'x-request-id': 'h-1' } });
    const err = await callAction(cdsCcs.DescribeInstances, {}, { fetchImpl }).catch((e) => e);
    expect(err.apiError).toMatchObject({ code: 'ConsoleUnavailable', httpStatus: 502, requestId: 'h-1' });
  });

  it('turns a failed connection into NetworkError and passes aborts through', async () => {
    const down = await callAction(cdsCcs.DescribeInstances, {}, {
      fetchImpl: async () => {
        throw new TypeError('Failed to fetch');
      },
    }).catch((e) => e);
    expect(down.apiError).toMatchObject({ code: 'NetworkError', httpStatus: 0 });
    const abort = await callAction(cdsCcs.DescribeInstances, {}, {
      fetchImpl: async () => {
        throw new DOMException('aborted', 'AbortError');
      },
    }).catch((e) => e);
    expect(abort).toBeInstanceOf(DOMException);
  });

  it('reports a 200 that is not JSON as MalformedResponse', async () => {
    const err = await callAction(cdsCcs.DescribeInstances, {}, { fetchImpl: async () => new Response('oops', { status: 200 }) }).catch(
      (e) => e,
    );
    expect(err.apiError.code).toBe('MalformedResponse');
  });
});

describe('toApiError / asApiError', () => {
  it('names a 401 without body NotSignedIn and other statuses by number', () => {
    expect(toApiError(401, undefined).code).toBe('NotSignedIn');
    expect(toApiError(418, { nope: 1 }).code).toBe('Http418');
  });
  it('wraps anything thrown', () => {
    expect(asApiError(new Error('boom'))).toMatchObject({ code: 'ClientError', message: 'boom' });
  });
});

describe('fetchAllPages', () => {
  it('fetches every page and merges them', async () => {
    const fetchPage = vi.fn(async (n: number) => ({ items: [n * 10, n * 10 + 1], pageNumber: n, pageCount: 3 }));
    const all = await fetchAllPages(fetchPage);
    expect(all.items).toEqual([10, 11, 20, 21, 30, 31]);
    expect(all).toMatchObject({ pageCount: 1, totalCount: 6, truncated: false });
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });
  it('stops at the page limit and says so', async () => {
    const all = await fetchAllPages(async (n) => ({ items: [n], pageNumber: n, pageCount: 9 }), 2);
    expect(all.items).toEqual([1, 2]);
    expect(all.truncated).toBe(true);
  });
});
