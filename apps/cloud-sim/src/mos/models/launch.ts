import type { Prng } from '../../util/prng';
import type { MosAccount } from './account';
import type { MosInstance, MosKeyPair, MosStatus } from './instance';
import type { MosInstanceTypeDef, MosTemplateDef } from './offer';
import { HOUR_MS } from './pricing';

/** The two networks every instance is on (document example: "public"), ids fixed per region. */
export const PUBLIC_NETWORK = { networkId: '40480c6f-2c7e-4ba8-b040-92a64a948c90', networkName: 'public' };
export const PRIVATE_NETWORK = { networkId: '5a9e3f71-0c2d-4e8b-9f16-7d3a2b1c0e94', networkName: 'private' };

const PASSWORD_CHARS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const newPassword = (rng: Prng) => Array.from({ length: 12 }, () => rng.pick([...PASSWORD_CHARS])).join('');

const mac = (rng: Prng) => `00:22:34:${[0, 0, 0].map(() => rng.int(0, 255).toString(16).padStart(2, '0')).join(':')}`;

/** The root disk: the template's image size rounded up to whole GB, at least 10 GB (in MB). */
export const rootSizeMb = (t: MosTemplateDef) => Math.max(10240, Math.ceil(t.size / 2 ** 30) * 1024);

export function metadataOf(t: MosTemplateDef): Map<string, string> {
  const name = t.templateName.replace(/\.qcow2$/, '');
  const [distribution, version] = name.split(/-(?=\d)/);
  return new Map([
    ['os_name', /windows/i.test(name) ? 'Windows' : 'Linux'],
    ['os_distribution', distribution ?? name],
    ['os_version', (version ?? '').replace(/-.*$/, '')],
  ]);
}

export interface LaunchSpec {
  /** Without a name the instance is named after its id, so "ID或名称" finds it either way. */
  name?: string;
  type: MosInstanceTypeDef;
  template: MosTemplateDef;
  keyPair?: MosKeyPair;
  hours: number;
  now: number;
  /** The status it shows now, and where it lands (and when) if that is a change. */
  status: MosStatus;
  pending?: { to: MosStatus; at: number };
  /** When the lease began, for seeded instances that have run a while. */
  startedAt?: number;
}

/** A new instance with its disks, interfaces, password, metadata and lease, added to the account. */
export function launch(account: MosAccount, rng: Prng, spec: LaunchSpec): MosInstance {
  const id = rng.uuid();
  const name = spec.name ?? `mcs-${id.slice(0, 8)}`;
  const host = account.nextHost++;
  const startedAt = spec.startedAt ?? spec.now;
  const stamp = (startedAt / 1000).toFixed(6);
  const instance: MosInstance = {
    instanceId: id,
    instanceName: name,
    type: spec.type,
    template: spec.template,
    status: spec.status,
    pending: spec.pending,
    createdAt: startedAt,
    keyPair: spec.keyPair ? { keyId: spec.keyPair.keyId, keyName: spec.keyPair.keyName, rsa: spec.keyPair.rsa } : undefined,
    password: newPassword(rng),
    passwordAt: startedAt,
    metadata: metadataOf(spec.template),
    lease: { startedAt, expireAt: startedAt + spec.hours * HOUR_MS },
    volumes: [
      { volumeId: rng.uuid(), volumeName: `vdisk_${name}_${stamp}`, volumeSize: rootSizeMb(spec.template), index: 0 },
      { volumeId: rng.uuid(), volumeName: `vdisk_${name}_${stamp}_1`, volumeSize: spec.type.volume, index: 1 },
    ],
    nics: [
      { ...PUBLIC_NETWORK, ipAddress: `203.0.113.${(host % 250) + 2}`, macAddress: mac(rng), bandwidth: spec.type.externalBandwidth, index: 0 },
      { ...PRIVATE_NETWORK, ipAddress: `10.168.${Math.floor(host / 250)}.${(host % 250) + 2}`, macAddress: mac(rng), bandwidth: spec.type.internalBandwidth, index: 1 },
    ],
  };
  account.instances.set(id, instance);
  return instance;
}
