import { CDS_CPU_VALUES, CDS_INSTANCE_TYPES, CDS_RAM_VALUES } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { World } from '../models/world';
import { goodsOf } from '../models/goods';

const KEY = { accessKeyId: 'AK1', secret: 'SK1' };
// One instant for every world here: task numbers also move on with the clock (models/tasks.ts).
const AT = Date.parse('2026-06-01T00:00:00Z');
const world = (seed: number) => new World({ seed, taskMs: 1000, ...KEY, clock: () => AT });

/** Everything a client can see of the seeded account, as the wire shows it. */
function snapshot(w: World) {
  const a = w.account(KEY.accessKeyId)!;
  const names = new Map(a.vdcs().map((v) => [v.vdcId, v.name]));
  return {
    balance: a.balance,
    vdcs: a.vdcs().map((v) => v.toWire()),
    instances: a.instances().map((i) => i.toWire(names.get(i.vdcId)!)),
    images: a.regions().map((b) => [b.regionId, b.privateImages]),
    nextTask: a.tasks.create('probe', []).taskId,
    nextId: w.rng.uuid(),
  };
}

describe('the seeded demo world', () => {
  it('is the same for the same seed, and after reset()', () => {
    const a = world(42);
    const first = snapshot(a);
    expect(snapshot(world(42))).toEqual(first);
    a.reset();
    expect(snapshot(a)).toEqual(first);
  });

  it('differs for another seed, in ids and addresses but not in shape', () => {
    const a = snapshot(world(42));
    const b = snapshot(world(7));
    expect(b.vdcs.map((v) => v.VdcId)).not.toEqual(a.vdcs.map((v) => v.VdcId));
    expect(b.vdcs.map((v) => v.VdcName)).toEqual(a.vdcs.map((v) => v.VdcName));
    expect(b.instances.length).toBe(a.instances.length);
  });

  it('has the five regions, six VDCs with public and private networks, and 42 instances in mixed states', () => {
    for (const seed of [1, 42, 2024]) {
      const a = world(seed).account(KEY.accessKeyId)!;
      const vdcs = a.vdcs();
      expect(new Set(vdcs.map((v) => v.regionId))).toEqual(
        new Set(['CN_Beijing_A', 'CN_Shanghai_A', 'CN_Guangzhou_A', 'APAC_Singapore_A', 'US_Dallas_A']),
      );
      expect(vdcs).toHaveLength(6);
      for (const v of vdcs) {
        expect(v.publicNetworks).toHaveLength(1);
        expect(goodsOf(v.regionId)!.wan.map((w) => w.Type)).toContain(v.publicNetworks[0]!.type);
        expect(v.privateNetworks.length).toBeGreaterThanOrEqual(1);
        expect(v.privateNetworks.length).toBeLessThanOrEqual(2);
      }
      const all = a.instances();
      expect(all.length).toBeGreaterThanOrEqual(36);
      const count = (s: string) => all.filter((i) => i.status === s).length;
      expect(count('running')).toBeGreaterThan(all.length / 2);
      expect(count('stop')).toBeGreaterThanOrEqual(3);
      expect(count('error')).toBe(1);
      expect(all.map((i) => i.name)).toEqual(expect.arrayContaining(['web-01', 'db-master', '测试机-02']));
      expect(all.some((i) => i.dataDisks.length > 0)).toBe(true);
      expect(a.regions().flatMap((b) => b.privateImages).length).toBeGreaterThanOrEqual(2);
      expect(a.balance).toBeGreaterThan(1000);

      const seen = new Set<string>();
      for (const i of all) {
        expect(CDS_CPU_VALUES).toContain(i.cpu);
        expect(CDS_RAM_VALUES).toContain(i.ram);
        expect(CDS_INSTANCE_TYPES).toContain(i.instanceType);
        expect(goodsOf(i.regionId)!.instanceTypes).toContain(i.instanceType);
        const vdc = vdcs.find((v) => v.vdcId === i.vdcId)!;
        expect(vdc.regionId).toBe(i.regionId);
        if (i.publicNic) {
          expect(vdc.publicNetworks[0]!.isUsable(i.publicNic.ip)).toBe(true);
          expect(seen.has(i.publicNic.ip)).toBe(false);
          seen.add(i.publicNic.ip);
        }
        for (const n of i.privateNics) {
          expect(vdc.privateNetwork(n.networkId)!.isUsable(n.ip)).toBe(true);
          expect(seen.has(n.ip)).toBe(false);
          seen.add(n.ip);
        }
        for (const d of i.dataDisks) {
          const good = goodsOf(i.regionId)!.disks.find((g) => g.Type === d.type)!;
          expect(d.size).toBeGreaterThanOrEqual(good.MinSize);
          expect(d.size).toBeLessThanOrEqual(good.MaxSize);
        }
      }
    }
  });
});
