import { mosMcs } from '@console/api-types';
import { instanceNotFound } from '../errors';
import type { MosAccount } from '../models/account';
import { extendTo, instanceModel } from '../models/instance';
import { encryptPassword } from '../models/keys';
import { mosHandler } from '../registry';
import { isoSeconds, matchesFilters, page } from './paging';

/** An instance by id or name, or InvalidInstanceID.NotFound. */
export function instanceOf(account: MosAccount, idOrName: string) {
  const i = account.find(idOrName);
  if (!i) throw instanceNotFound(idOrName);
  return i;
}

/** The instance reads: list, status, volumes, interfaces, password, lease, metadata. */
export const instanceReadHandlers = [
  mosHandler(mosMcs.DescribeInstances, ({ account }, input) => {
    const ids = input.InstanceIds && new Set(input.InstanceIds);
    const names = input.InstanceNames && new Set(input.InstanceNames);
    const matching = account
      .list()
      .filter((i) => (!ids || ids.has(i.instanceId)) && (!names || names.has(i.instanceName)))
      .filter((i) => matchesFilters(i, input.Filters, { name: (x) => x.instanceName, status: (x) => x.status }));
    const { slice, counters } = page(matching, input.Limit, input.Offset);
    return { InstanceSet: { Instance: slice.map(instanceModel), ...counters } };
  }),

  mosHandler(mosMcs.DescribeInstanceStatus, ({ account }, input) => ({
    InstanceStatus: { status: instanceOf(account, input.InstanceId).status },
  })),

  mosHandler(mosMcs.DescribeInstanceVolumes, ({ account }, input) => {
    const i = instanceOf(account, input.InstanceId);
    return {
      InstanceVolumeSet: {
        InstanceVolume: i.volumes.map((v) => ({
          index: v.index,
          instanceId: i.instanceId,
          instanceName: i.instanceName,
          volumeId: v.volumeId,
          volumeName: v.volumeName,
          volumeSize: v.volumeSize,
          cacheMode: 'none',
          driver: 'virtio',
        })),
      },
    };
  }),

  mosHandler(mosMcs.DescribeInstanceNetworkInterfaces, ({ account }, input) => {
    const i = instanceOf(account, input.InstanceId);
    return {
      InstanceNetworkInterfaceSet: {
        InstanceNetworkInterface: i.nics.map((n) => ({
          networkId: n.networkId,
          index: n.index,
          instanceId: i.instanceId,
          instanceName: i.instanceName,
          driver: 'virtio',
          bandwidth: n.bandwidth,
          networkName: n.networkName,
          ipAddress: n.ipAddress,
          macAddress: n.macAddress,
        })),
      },
    };
  }),

  // Plain text without a key pair; with an RSA key pair encrypted to it (PKCS#1 v1.5, base64);
  // empty while the instance is being created, and for a key that cannot encrypt (ed25519, ECDSA).
  mosHandler(mosMcs.GetPasswordData, ({ account }, input) => {
    const i = instanceOf(account, input.InstanceId);
    const ready = i.status !== 'creating' && i.status !== 'rebuilding';
    const passwordData = !ready ? '' : !i.keyPair ? i.password : i.keyPair.rsa ? encryptPassword(i.keyPair.rsa, i.password) : '';
    return {
      timestamp: isoSeconds(i.passwordAt),
      account: i.template.account,
      passwordData,
      keypairId: i.keyPair?.keyId,
      keypairName: i.keyPair?.keyName,
    };
  }),

  mosHandler(mosMcs.GetInstanceContractInfo, ({ account }, input) => {
    const i = instanceOf(account, input.InstanceId);
    return { startedAt: isoSeconds(i.lease.startedAt), extendTo: isoSeconds(extendTo(i)), expireAt: isoSeconds(i.lease.expireAt) };
  }),

  mosHandler(mosMcs.GetInstanceMetadata, ({ account }, input) => {
    const i = instanceOf(account, input.InstanceId);
    return { InstanceMetadata: Object.fromEntries(i.metadata) };
  }),
];
