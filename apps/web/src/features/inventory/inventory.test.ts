import { describe, expect, it } from 'vitest';
import { byPlace, cdsRows, matchesSearch, mosRows } from './inventory';

const cdsAccount = { id: 'a1', name: 'Prod CDS', provider: 'cds' as const };
const mosAccount = { id: 'a2', name: 'MOS Beijing', provider: 'mos' as const, region: 'Beijing' };

describe('the inventory rows', () => {
  const cds = cdsRows(cdsAccount, [
    { id: 'i-1', name: 'web-01', status: 'running', regionId: 'CN_Beijing_A', cpu: 2, ram: 4, publicIps: ['101.251.0.2'], privateIps: ['10.0.0.2'], dataDisks: [], publicInterfaces: [], privateInterfaces: [], chargeType: 'PostPaid', vdcId: 'v', vdcName: 'V' },
  ]);
  const mos = mosRows(mosAccount, [{ id: 'm-1', name: 'db', status: 'ready', cpu: 8, memoryMb: 16384, ipAddresses: ['203.0.113.5'] }]);

  it('carry the cloud, account, region, spec in MB and addresses, and link to the instance under its account', () => {
    expect(cds[0]).toMatchObject({ provider: 'cds', accountName: 'Prod CDS', region: 'CN_Beijing_A', memoryMb: 4096, addresses: ['101.251.0.2', '10.0.0.2'], href: '/instances/i-1?account=a1' });
    expect(mos[0]).toMatchObject({ provider: 'mos', region: 'Beijing', memoryMb: 16384, href: '/mos/instances/m-1?account=a2', key: 'a2/m-1' });
  });

  it('one search finds a machine by a part of its name, id, account or address, any case', () => {
    const [row] = cds;
    expect(['WEB', 'i-1', 'prod', '101.251', '10.0.0.2', ' '].map((q) => matchesSearch(row!, q))).toEqual([true, true, true, true, true, true]);
    expect(matchesSearch(row!, 'nothing')).toBe(false);
    expect(matchesSearch(row!, undefined)).toBe(true);
  });

  it('sorts by cloud, then account, then name', () => {
    expect([...mos, ...cds].sort(byPlace).map((r) => r.name)).toEqual(['web-01', 'db']);
  });
});
