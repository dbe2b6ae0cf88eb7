import { describe, expect, it } from 'vitest';
import { parseVdcState, serializeVdcState, vdcInput } from './vdc-state';

describe('the VDC list state', () => {
  it('round-trips region, keyword, order, page and size; junk falls back', () => {
    const s = parseVdcState(new URLSearchParams('region=CN_Beijing_A&q=prod&sort=-region&page=2&size=50'));
    expect(s).toEqual({ region: 'CN_Beijing_A', keyword: 'prod', sort: { key: 'region', dir: 'desc' }, page: 2, size: 50 });
    expect(serializeVdcState(s).toString()).toBe('region=CN_Beijing_A&q=prod&sort=-region&page=2&size=50');
    expect(parseVdcState(new URLSearchParams('sort=-secret&page=0&size=9'))).toEqual({ region: undefined, keyword: undefined, page: 1, size: 10 });
    expect(vdcInput(s)).toEqual({ RegionId: 'CN_Beijing_A', Keyword: 'prod' });
  });
});
