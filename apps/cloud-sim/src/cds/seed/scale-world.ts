import type { Prng } from '../../util/prng';
import { DAY } from '../../util/time';
import type { Account } from '../models/account';
import { goodsOf } from '../models/goods';
import { Instance } from '../models/instance';
import { Rule, SecurityGroup } from '../models/security-groups/group';
import { PrivateNetwork, PublicNetwork, PublicSegment, Vdc } from '../models/vdc';
import { buildInstance } from './demo-world';
import { PUBLIC_PREFIX, type InstancePlan, type Role } from './plan';

/**
 * The large world (SIM_INSTANCES): generated instances beside the hand-made demo world, spread
 * over every region in VDCs of PER_VDC, each VDC with a public /24, a private /20 and a public
 * security group binding its instances with public addresses. Drawn from a generator of its own,
 * so the 42 demo instances keep their ids whatever the size; dated before the demo world, so
 * "newest first" still opens on it.
 */

/** The demo world's instance count: the default, and the least SIM_INSTANCES may ask for. */
export const DEMO_INSTANCES = 42;
/** The most SIM_INSTANCES may ask for: a world that still seeds in seconds. */
export const MAX_INSTANCES = 100_000;
const PER_VDC = 200;
const REGIONS = Object.keys(PUBLIC_PREFIX);
const SHORT: Record<string, string> = { CN_Beijing_A: 'bj', CN_Shanghai_A: 'sh', CN_Guangzhou_A: 'gz', APAC_Singapore_A: 'sg', US_Dallas_A: 'us' };
/** Roles by weight: mostly web and API servers, as a real fleet. */
const ROLE_MIX: Role[] = ['web', 'web', 'web', 'api', 'api', 'small', 'small', 'compute', 'cache', 'db', 'storage', 'windows'];
const ANCHOR = Date.UTC(2022, 0, 10, 1, 0, 0);
/** Before the demo world's first VDC (2024-03-01). */
const LATEST = Date.UTC(2024, 1, 1);

/** Adds `count` generated instances (and their VDCs and groups) to a seeded account. */
export function seedScaleInstances(account: Account, rng: Prng, count: number) {
  const vdcCount = Math.ceil(count / PER_VDC);
  let serial = 0;
  for (let k = 0; k < vdcCount; k++) {
    const regionId = REGIONS[k % REGIONS.length]!;
    const backend = account.backend(regionId);
    const createdAt = ANCHOR + k * DAY + rng.int(0, DAY / 1000) * 1000;
    const vdc = scaleVdc(k, regionId, createdAt, rng);
    backend.addVdc(vdc);
    const inits: ReturnType<typeof buildInstance>[] = [];
    for (let n = 0; n < PER_VDC && serial < count; n++) {
      serial++;
      const role = rng.pick(ROLE_MIX);
      const roll = rng.next();
      const plan: InstancePlan = {
        name: `${role}-${SHORT[regionId] ?? 'x'}-${String(serial).padStart(5, '0')}`,
        role,
        status: roll < 0.02 ? 'error' : roll < 0.2 ? 'stop' : undefined,
        publicIp: rng.chance(0.3),
        prePaid: rng.chance(0.15),
      };
      inits.push(buildInstance(plan, vdc, backend, rng));
    }
    // Kept below the demo world's batches (newest first lists the demo world first); within one
    // VDC the newest first, as every list is.
    inits.sort((a, b) => b.createdAt - a.createdAt);
    const made = inits.map((init, index) => new Instance({ ...init, createdAt: Math.min(init.createdAt, LATEST), batch: -k, index }));
    for (const instance of made) backend.addInstance(instance);
    account.securityGroups.add(scaleGroup(vdc, made, createdAt, rng));
  }
}

function scaleVdc(k: number, regionId: string, createdAt: number, rng: Prng): Vdc {
  const goods = goodsOf(regionId)!;
  // Blocks apart from the demo world's (10.240.x.0/24 and its public prefixes).
  const pubSegment = new PublicSegment(rng.uuid(), `45.${64 + (k >> 8)}.${k & 255}.0`, 24);
  const pub = new PublicNetwork(rng.uuid(), `scale-public-${k + 1}`, goods.wan[0]!.Type, 100, [pubSegment], { createdAt });
  const lan = new PrivateNetwork(rng.uuid(), `scale-lan-${k + 1}`, `10.${16 + (k >> 4)}.${(k & 15) << 4}.0`, 20, createdAt);
  return new Vdc(rng.uuid(), `${SHORT[regionId] ?? regionId}-fleet-${String(k + 1).padStart(3, '0')}`, regionId, createdAt, [pub], [lan]);
}

/** A public group per VDC (HTTP, HTTPS, SSH from anywhere) binding its instances with a public address. */
function scaleGroup(vdc: Vdc, instances: readonly Instance[], createdAt: number, rng: Prng): SecurityGroup {
  const group = new SecurityGroup(rng.uuid(), `${vdc.name}-web`, 'Fleet web tier', 'public', createdAt);
  ['80', '443', '22'].forEach((port, r) =>
    group.rules.push(
      new Rule({
        ruleId: rng.uuid(),
        action: 1,
        protocol: 'TCP',
        direction: 'all',
        targetAddress: '0.0.0.0/0',
        targetPort: '0',
        localPort: port,
        priority: (r + 1) * 10,
        type: 'ip',
        description: `port ${port}`,
        createdAt: createdAt + (r + 1) * 60_000,
      }),
    ),
  );
  for (const i of instances) {
    if (!i.publicNic) continue;
    group.bindings.push({ instanceId: i.instanceId, interfaceId: i.publicNic.interfaceId, networkId: i.publicNic.networkId, status: 'ok', since: createdAt });
  }
  return group;
}

/** SIM_INSTANCES as a count: empty means the demo world; anything else a whole number from 42 to MAX_INSTANCES. */
export function parseInstanceCount(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return DEMO_INSTANCES;
  const n = Number(text);
  if (!Number.isInteger(n) || n < DEMO_INSTANCES || n > MAX_INSTANCES) {
    throw new Error(`SIM_INSTANCES must be a whole number from ${DEMO_INSTANCES} (the demo world) to ${MAX_INSTANCES}, got "${text}"`);
  }
  return n;
}
