import type { Vdc } from '@console/api-types/client';
import { describe, expect, it } from 'vitest';
import { daysLeftInMonth, dbsByStatus, instancesByStatus, publicIps } from './counts';

describe('overview counts', () => {
  it('counts instances per status, running first and unknown words last', () => {
    const items = ['stop', 'running', 'error', 'running', 'weird'].map((status) => ({ status: status as never }));
    expect(instancesByStatus(items)).toEqual([
      { key: 'running', count: 2 },
      { key: 'stop', count: 1 },
      { key: 'error', count: 1 },
      { key: 'weird', count: 1 },
    ]);
    expect(dbsByStatus([{ status: 'RUNNING' }, { status: 'ERROR' }])).toEqual([{ key: 'running', count: 1 }, { key: 'error', count: 1 }]);
  });

  it('counts usable public addresses and those in use', () => {
    const net = (masks: number[], unusedIpCount: number) => ({ segments: masks.map((mask) => ({ mask })), unusedIpCount }) as unknown as Vdc['publicNetworks'][number];
    const vdcs = [{ publicNetworks: [net([28, 29], 10)] }, { publicNetworks: [net([28], 13)] }, { publicNetworks: [] }];
    expect(publicIps(vdcs)).toEqual({ usable: 13 + 5 + 13, used: 8, networks: 2 });
  });

  it('knows the days left in a month', () => {
    expect(daysLeftInMonth('2025-02-27')).toBe(2);
    expect(daysLeftInMonth('2024-02-29')).toBe(1);
    expect(daysLeftInMonth('2025-03-01')).toBe(31);
  });
});
