import { describe, expect, it } from 'vitest';
import { groupAttribute } from '../models/security-groups/views';
import { World } from '../models/world';

const KEY = { accessKeyId: 'AK1', secret: 'SK1' };

describe('the seeded security groups', () => {
  it('bind existing interfaces of their kind, each interface once, the same for the same seed', () => {
    for (const seed of [1, 42, 2024]) {
      const account = new World({ seed, taskMs: 1000, ...KEY }).account(KEY.accessKeyId)!;
      const groups = account.securityGroups.list();
      expect(groups.map((g) => g.name).sort()).toEqual(['db-内网', 'office-dmz', 'sg-edge', 'web-公网防护', '测试-空组']);
      const seen = new Set<string>();
      for (const g of groups) {
        for (const b of g.bindings) {
          const instance = account.findInstance(b.instanceId)!.instance;
          const nic = g.type === 'public' ? instance.publicNic : instance.privateNics.find((n) => n.interfaceId === b.interfaceId);
          expect(nic?.interfaceId, `${g.name} ${instance.name}`).toBe(b.interfaceId);
          expect(seen.has(b.interfaceId)).toBe(false);
          seen.add(b.interfaceId);
        }
        expect(g.rules.every((r) => r.init.priority >= 1 && r.init.priority <= 100)).toBe(true);
      }
    }
    const view = (seed: number) => {
      const a = new World({ seed, taskMs: 1000, ...KEY }).account(KEY.accessKeyId)!;
      return a.securityGroups.list().map((g) => groupAttribute(a, g));
    };
    expect(view(42)).toEqual(view(42));
    expect(view(42)).not.toEqual(view(7));
  });
});
