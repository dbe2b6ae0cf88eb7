import type { Prng } from '../../util/prng';
import { DAY } from '../../util/time';
import type { Account } from '../models/account';
import { Rule, SecurityGroup, type GroupType, type RuleInit } from '../models/security-groups/group';

/**
 * The demo world's security groups: a public group for the web tier of two VDCs, a private
 * one for the databases, one for the office DMZ, one for Singapore, and an empty one that can be
 * deleted at once. Rules read like a network engineer's; ids and dates come from the seed.
 */

type RuleSpec = [protocol: RuleInit['protocol'], localPort: string, target: string, action: 0 | 1, description: string];

interface GroupPlan {
  name: string;
  description: string;
  type: GroupType;
  rules: RuleSpec[];
  /** Instance names; a private group binds the instance's interface on its VDC's private network at this index. */
  members: string[];
  privateIndex?: number;
}

const ANYWHERE = '0.0.0.0/0';
const OFFICE = '203.0.113.0/24';

const PLANS: GroupPlan[] = [
  {
    name: 'web-公网防护',
    description: 'Web 层公网入口：HTTP/HTTPS 开放，SSH 仅办公网',
    type: 'public',
    rules: [
      ['TCP', '80', ANYWHERE, 1, 'HTTP'],
      ['TCP', '443', ANYWHERE, 1, 'HTTPS'],
      ['TCP', '22', OFFICE, 1, 'SSH from the office'],
      ['ICMP', '', ANYWHERE, 1, 'ping'],
      ['TCP', '0', ANYWHERE, 0, 'deny everything else'],
    ],
    members: ['web-01', 'web-02', 'web-03', 'web-04', 'nginx-lb', 'sh-web-01', 'sh-web-02', 'sh-web-03'],
  },
  {
    name: 'db-内网',
    description: 'MySQL and Redis, reachable from the backend network only',
    type: 'private',
    rules: [
      ['TCP', '3306', '10.240.0.0/16', 1, 'MySQL from the backends'],
      ['TCP', '6379', '10.240.0.0/16', 1, 'Redis from the backends'],
      ['TCP', '0', ANYWHERE, 0, 'deny everything else'],
    ],
    members: ['db-master', 'db-slave', 'redis-01'],
    privateIndex: 1,
  },
  {
    name: 'office-dmz',
    description: 'VPN gateway in the DMZ',
    type: 'private',
    rules: [
      ['UDP', '1194', ANYWHERE, 1, 'OpenVPN'],
      ['TCP', '443', ANYWHERE, 1, 'SSL VPN'],
    ],
    members: ['vpn-gw'],
    privateIndex: 1,
  },
  {
    name: 'sg-edge',
    description: 'Singapore edge: web and game traffic',
    type: 'public',
    rules: [
      ['TCP', '80', ANYWHERE, 1, 'HTTP'],
      ['TCP', '443', ANYWHERE, 1, 'HTTPS'],
      ['UDP', '27015-27030', ANYWHERE, 1, 'game server'],
    ],
    members: ['sg-web-01', 'sg-web-02', 'sg-proxy', 'game-server-01'],
  },
  { name: '测试-空组', description: 'Nothing bound yet', type: 'public', rules: [], members: [] },
];

/** Seeded groups are dated from here (after the seeded VDCs), so the same seed gives the same groups on any day. */
const ANCHOR = Date.UTC(2024, 3, 1, 2, 0, 0);

export function seedSecurityGroups(account: Account, rng: Prng) {
  const byName = new Map(account.instances().map((i) => [i.name, i]));
  PLANS.forEach((plan, g) => {
    const createdAt = ANCHOR + g * 3 * DAY + rng.int(0, DAY / 1000) * 1000;
    const group = new SecurityGroup(rng.uuid(), plan.name, plan.description, plan.type, createdAt, createdAt + rng.int(0, 30) * DAY);
    plan.rules.forEach(([protocol, port, target, action, description], r) => {
      const icmp = protocol === 'ICMP';
      group.rules.push(
        new Rule({
          ruleId: rng.uuid(),
          action,
          protocol,
          direction: 'all',
          targetAddress: target,
          targetPort: icmp ? '' : '0',
          localPort: icmp ? '' : port,
          // The catch-all deny goes last; the others in steps of 10 so a rule fits in between.
          priority: action === 0 ? 100 : (r + 1) * 10,
          type: 'ip',
          description,
          createdAt: createdAt + (r + 1) * 60_000,
        }),
      );
    });
    for (const name of plan.members) {
      const instance = byName.get(name);
      const nic = plan.type === 'public' ? instance?.publicNic : instance?.privateNics[plan.privateIndex ?? 0];
      if (!instance || !nic) throw new Error(`seed plan: ${name} has no ${plan.type} interface for ${plan.name}`);
      group.bindings.push({ instanceId: instance.instanceId, interfaceId: nic.interfaceId, networkId: nic.networkId, status: 'ok', since: createdAt });
    }
    account.securityGroups.add(group);
  });
}
