import type { Prng } from '../../util/prng';
import type { MosAccount } from '../models/account';
import type { MosStatus } from '../models/instance';
import { parsePublicKey } from '../models/keys';
import { launch } from '../models/launch';
import { findInstanceType, findTemplate } from '../models/offer';
import { HOUR_MS } from '../models/pricing';

/** Two RSA keys (made with ssh-keygen for the demo; their private halves were thrown away) and one ed25519. */
export const DEMO_PUBLIC_KEYS = {
  'alice-laptop':
    'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCOiqXwHAC3FPUVql9AZPLGSn0l/hxKdHudOqunj1U/uytbSOwaNDJJg8v8mPOWsy13q2LdGkvU/003UJspe1cwBDedrgEITra7ciAt/Hl0yJ1hHNYmOtQEczX4rC2wFesuVRZl9f4Hh2hPGmnPL+zLyVCKGZNbErflEyJfjnqliwPukAA7VRCwBHziYWi1vheX5mPP9HB69sAuLA0FIixNTSwaG/1g9uP2XTTTxUKhSmCwtuRKB4mM7yP8ZQkk2iGn+HCFvWvlozVSZEnHzBlmrmWUE17fwqpfvum2uBQmmxHz1yd0Iz5zOKdpANCJ6976pVjTXLpVWmTdJP8/B9mz alice-laptop',
  'ci-deploy':
    'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCkHTqB4Mr/vSzRpTSjP/oROnwC1519qMVy4noF260DBAoxV5J7ENpvVQRxHyvc9xZVL4ADaKd6DK1u6OLjD38E4M68+HCvOSGSjCgQtGeG5tHY3ae2MH3QSl/LyIsRJi1Fv1tizCPdJm+xcDj5/ldfgvhc7N9d6PaRX/ybvtEgI5GU18Z3b0PHHo8WsAdXyOHbu+uKohs9Fl+LgeQLdImByCJvk8RrYAlHtWzPiODITS5hdeBAyCRkZPIh+IF4bFbPDiNMoDb6AWrkVa9hCnxmpTwvKIkJZun/lyA7wGL43pd6AgqyOTU+1u5KlqW8w5+1LO8ni16SjtPBY1w6bo7l ci-deploy',
  'ops-bastion': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE4XnLJa3qy+6BLz6UEC1RT0L8D8zJZvOSH2rUuNDSjo ops@bastion',
} as const;

interface Planned {
  name: string;
  type: string;
  template: string;
  status: MosStatus;
  key?: keyof typeof DEMO_PUBLIC_KEYS;
  /** Hours since the lease began, and its length in hours. */
  ranHours: number;
  leaseHours: number;
}

/**
 * The demo region: names, types, templates and states are fixed; ids, addresses and passwords
 * come from the seed. Leases are anchored to the start time, so every lease but the lapsed one
 * runs for days or months yet; legacy-app's ran out a day ago (suspend, reclaimed in two days).
 */
const PLAN: readonly Planned[] = [
  { name: 'web-01', type: 'medium_net', template: 'Ubuntu-22.04-server-amd64.qcow2', status: 'running', key: 'alice-laptop', ranHours: 240, leaseHours: 720 },
  { name: 'web-02', type: 'medium_net', template: 'Ubuntu-22.04-server-amd64.qcow2', status: 'running', key: 'alice-laptop', ranHours: 240, leaseHours: 720 },
  { name: 'api-gateway', type: 'large', template: 'CentOS-7.9-x86_64.qcow2', status: 'running', key: 'ci-deploy', ranHours: 1000, leaseHours: 2160 },
  { name: 'db-primary', type: 'xlarge_mem', template: 'CentOS-7.9-x86_64.qcow2', status: 'running', key: 'ci-deploy', ranHours: 2000, leaseHours: 8640 },
  { name: 'batch-worker', type: 'xlarge', template: 'Debian-12-generic-amd64.qcow2', status: 'ready', ranHours: 50, leaseHours: 720 },
  { name: 'win-build', type: 'large', template: 'WindowsServer-2019-Datacenter.qcow2', status: 'ready', ranHours: 30, leaseHours: 168 },
  { name: '测试机-01', type: 'small_net', template: 'cirros-0.3.1-x86_64.qcow2', status: 'running', ranHours: 20, leaseHours: 72 },
  { name: 'bastion', type: 'small_net_2', template: 'turnkey-core-12.0-squeeze-x86.qcow2', status: 'running', key: 'ops-bastion', ranHours: 300, leaseHours: 720 },
  { name: 'legacy-app', type: 'medium', template: 'CentOS-7.9-x86_64.qcow2', status: 'suspend', ranHours: 745, leaseHours: 720 },
];

export function seedMosDemo(account: MosAccount, rng: Prng, now: number) {
  account.balance = 1286.5;
  account.balanceAt = now - 26 * HOUR_MS;
  for (const [keyName, material] of Object.entries(DEMO_PUBLIC_KEYS)) {
    const parsed = parsePublicKey(material);
    account.keyPairs.set(keyName, { keyId: rng.uuid(), keyName, keyFingerprint: parsed.fingerprint, publicKey: material, rsa: parsed.rsa });
  }
  PLAN.forEach((p, i) => {
    launch(account, rng, {
      name: p.name,
      type: findInstanceType(p.type)!,
      template: findTemplate(p.template)!,
      keyPair: p.key ? account.keyPairs.get(p.key) : undefined,
      hours: p.leaseHours,
      // Later entries a little newer, so the list's order (newest first) is the plan's reversed.
      startedAt: now - p.ranHours * HOUR_MS + i * 1000,
      now,
      status: p.status,
    });
  });
}
