import { describe, expect, it } from 'vitest';
import { fastReadOf } from './fast-read';

const READ = '/api/actions/cds/ccs/DescribeInstances';
const req = (over: { method?: string; url?: string; headers?: Record<string, string> } = {}) => ({
  method: over.method ?? 'POST',
  url: over.url ?? READ,
  headers: { 'content-type': 'application/json', 'content-length': '15', ...over.headers },
});

describe('fastReadOf: which requests the read path beside Express takes', () => {
  it('takes a POSTed catalog read with a JSON body of known length, with or without a query', () => {
    expect(fastReadOf(req())).toMatchObject({ def: { action: 'DescribeInstances', kind: 'read' }, query: undefined });
    expect(fastReadOf(req({ url: `${READ}?account=x&y=1` }))?.query).toBe('account=x&y=1');
    expect(fastReadOf(req({ headers: { 'content-type': 'Application/JSON; charset=UTF-8' } }))).toBeDefined();
    expect(fastReadOf(req({ headers: { 'content-length': String(64 * 1024) } }))).toBeDefined();
  });

  it.each([
    ['another method', req({ method: 'GET' })],
    ['a write', req({ url: '/api/actions/cds/ccs/StopInstance' })],
    ['an unknown action', req({ url: '/api/actions/cds/ccs/DescribeNothing' })],
    ['another case', req({ url: '/api/actions/cds/ccs/describeinstances' })],
    ['a trailing slash', req({ url: `${READ}/` })],
    ['an encoded name', req({ url: '/api/actions/cds/ccs/Describe%49nstances' })],
    ['another mount', req({ url: `/API${READ.slice(4)}` })],
    ['no content type', req({ headers: { 'content-type': '' } })],
    ['text', req({ headers: { 'content-type': 'text/plain' } })],
    ['another charset', req({ headers: { 'content-type': 'application/json; charset=latin1' } })],
    ['a compressed body', req({ headers: { 'content-encoding': 'gzip' } })],
    ['a chunked body', req({ headers: { 'transfer-encoding': 'chunked', 'content-length': '' } })],
    ['no body', req({ headers: { 'content-length': '0' } })],
    ['a body over 64 KB', req({ headers: { 'content-length': String(64 * 1024 + 1) } })],
  ])('leaves %s to Express', (_name, r) => {
    expect(fastReadOf(r)).toBeUndefined();
  });
});
