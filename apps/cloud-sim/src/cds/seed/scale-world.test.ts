import { describe, expect, it } from 'vitest';
import { World } from '../models/world';
import { MAX_INSTANCES, parseInstanceCount } from './scale-world';

const KEY = { accessKeyId: 'AK1', secret: 'SK1' };
const world = (instances?: number, seed = 42) => new World({ seed, taskMs: 1000, ...KEY, instances });
const demo = (w: World) => w.account(KEY.accessKeyId)!;

describe('the scale world (SIM_INSTANCES)', () => {
  it('keeps the 42-instance demo world by default and its ids whatever the size', () => {
    const small = demo(world());
    expect(small.instances()).toHaveLength(42);
    const big = demo(world(2_000));
    const ids = new Set(big.instances().map((i) => i.instanceId));
    for (const i of small.instances()) expect(ids.has(i.instanceId)).toBe(true);
    // Newest first still opens on the demo world: the generated fleet is older.
    expect(big.instances().slice(0, 42).map((i) => i.instanceId)).toEqual(small.instances().map((i) => i.instanceId));
  });

  it('has exactly the asked count, spread over every region, with unique addresses in their VDC networks', () => {
    const a = demo(world(5_000));
    const all = a.instances();
    expect(all).toHaveLength(5_000);
    expect(new Set(all.map((i) => i.regionId)).size).toBe(5);
    expect(new Set(all.map((i) => i.vdcId)).size).toBeGreaterThan(20);
    expect(new Set(all.map((i) => i.name)).size).toBe(5_000);
    const seen = new Set<string>();
    for (const i of all) {
      const vdc = a.findVdc(i.vdcId)!.vdc;
      expect(vdc.regionId).toBe(i.regionId);
      for (const nic of [...(i.publicNic ? [i.publicNic] : []), ...i.privateNics]) {
        const net = vdc.publicNetwork(nic.networkId) ?? vdc.privateNetwork(nic.networkId)!;
        expect(net.isUsable(nic.ip)).toBe(true);
        expect(seen.has(nic.ip)).toBe(false);
        seen.add(nic.ip);
      }
    }
    const count = (s: string) => all.filter((i) => i.status === s).length;
    expect(count('stop')).toBeGreaterThan(500);
    expect(count('error')).toBeGreaterThan(10);
    expect(all.filter((i) => i.publicNic).length).toBeGreaterThan(1_000);
    expect(all.filter((i) => i.dataDisks.length > 0).length).toBeGreaterThan(500);
    // Every generated public address is bound to its VDC's web group.
    const bound = new Set(a.securityGroups.list().flatMap((g) => g.bindings.map((b) => b.interfaceId)));
    for (const i of all.filter((x) => x.publicNic && x.batch <= 0)) expect(bound.has(i.publicNic!.interfaceId)).toBe(true);
  });

  it('is the same world for the same seed and after reset(), another for another seed', () => {
    const wire = (w: World) => demo(w).instances().map((i) => i.toWire(''));
    const a = world(1_000);
    const first = wire(a);
    expect(wire(world(1_000))).toEqual(first);
    a.reset();
    expect(wire(a)).toEqual(first);
    expect(wire(world(1_000, 7)).map((i) => i.InstanceId)).not.toEqual(first.map((i) => i.InstanceId));
  });

  it('refuses counts below the demo world, above the cap, or not whole', () => {
    expect(parseInstanceCount(undefined)).toBe(42);
    expect(parseInstanceCount('')).toBe(42);
    expect(parseInstanceCount('10000')).toBe(10_000);
    for (const bad of ['41', '0', '1.5', 'lots', String(MAX_INSTANCES + 1)]) expect(() => parseInstanceCount(bad)).toThrow(/SIM_INSTANCES/);
    expect(() => world(10)).toThrow(/SIM_INSTANCES/);
  });
});
