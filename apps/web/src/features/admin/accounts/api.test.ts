import { describe, expect, it } from 'vitest';
import { accountChanges } from './api';

const before = { name: 'Prod', accessKeyId: 'AK1', endpointArea: 'mainland' as const, endpointUrl: null };
const form = { name: 'Prod', accessKeyId: 'AK1', secret: '', endpointArea: 'mainland' as const, endpointUrl: '' };

describe('accountChanges', () => {
  it('sends nothing when nothing changed, and never an empty secret (it keeps the old one)', () => {
    expect(accountChanges(before, form)).toEqual({});
  });
  it('sends only what changed, a new secret included', () => {
    expect(accountChanges(before, { ...form, name: ' Prod 2 ', secret: 'SKnew' })).toEqual({ name: 'Prod 2', secret: 'SKnew' });
  });
  it('sends the URL with a custom endpoint and clears it when leaving custom', () => {
    expect(accountChanges(before, { ...form, endpointArea: 'custom', endpointUrl: 'http://127.0.0.1:8797' })).toEqual({
      endpointArea: 'custom',
      endpointUrl: 'http://127.0.0.1:8797',
    });
    const custom = { ...before, endpointArea: 'custom' as const, endpointUrl: 'http://x' };
    expect(accountChanges(custom, { ...form, endpointArea: 'asia-pacific' })).toEqual({ endpointArea: 'asia-pacific', endpointUrl: null });
  });
  it('sends a changed MOS region, and null to clear it', () => {
    const mos = { ...before, endpointArea: 'custom' as const, endpointUrl: 'http://m/mcs/v1', region: 'Beijing' };
    const mosForm = { ...form, endpointArea: 'custom' as const, endpointUrl: 'http://m/mcs/v1', region: 'Beijing' };
    expect(accountChanges(mos, mosForm)).toEqual({});
    expect(accountChanges(mos, { ...mosForm, region: ' Shanghai ' })).toEqual({ region: 'Shanghai' });
    expect(accountChanges(mos, { ...mosForm, region: '' })).toEqual({ region: null });
  });
});
