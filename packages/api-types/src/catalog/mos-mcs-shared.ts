import { z } from 'zod';
import { loose } from '../define';
import type {
  MosAck,
  MosInstance,
  MosInstanceType,
  MosKeyPair,
  MosNetworkInterface,
  MosPage,
  MosTemplate,
  MosVolume,
} from '../normalized/mos';
import { asList } from './cds-shared';

/** Answer pieces and input fields shared by the MOS compute entries (mos-mcs.ts). Not a catalog module. */

/** provider, product, method and path of every MOS entry. */
export const MOS_BASE = { provider: 'mos', product: 'mcs', method: 'POST', path: '/' } as const;

/** A set element: a list, or one object (XML with a single child), or absent. */
export const setOf = <T extends z.ZodType>(item: T) =>
  z
    .union([z.array(item), item])
    .optional()
    .transform((v) => asList(v as z.output<T> | z.output<T>[] | undefined));
/** An empty set in an XML answer is an empty element, read as "": the same as an absent one. */
export const emptyAsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema);
export const num = z.coerce.number();
export const optNum = z.coerce.number().optional();
/** `return` of MOS writes: "True" in the examples; true/false and "False" are read too. */
export const returnFlag = z
  .union([z.string(), z.boolean()])
  .transform((v) => v === true || String(v).toLowerCase() === 'true');
export const ackOf = (r: { return: boolean }): MosAck => ({ ok: r.return });

// ---- input pieces ------------------------------------------------------------------------

export const instanceId = z
  .string({
    error: 'InstanceId is required (the instance id, or its name where the document allows it)',
  })
  .min(1, 'InstanceId is required');
export const limit = z.coerce
  .number({ error: 'Limit must be a whole number of at least 1' })
  .int('Limit must be a whole number')
  .min(1, 'Limit is at least 1');
export const offset = z.coerce
  .number({ error: 'Offset must be a whole number of at least 0' })
  .int('Offset must be a whole number')
  .min(0, 'Offset is at least 0');
export const filters = (names: readonly [string, ...string[]]) =>
  z
    .array(
      z.strictObject({
        Name: z.enum(names, { error: `Filter Name must be ${names.join(' or ')}` }),
        Values: z
          .array(z.string().min(1, 'A filter value must not be empty'))
          .min(1, 'A filter needs at least one value'),
      }),
      { error: 'Filters must be a list such as [{"Name": "name", "Values": ["web"]}]' },
    )
    .min(1, 'Filters, when given, needs at least one filter');
export const duration = z
  .string()
  .regex(
    /^[1-9]\d*[HM]$/,
    'Duration must be a number followed by H (hours) or M (months), e.g. 72H or 1M',
  );
export const keyName = z
  .string({ error: 'KeyName is required' })
  .min(1, 'KeyName is required')
  .max(64, 'KeyName is at most 64 characters');
export const byInstance = z.object({ InstanceId: instanceId });

export const INSTANCE_READS = ['DescribeInstances', 'DescribeInstanceStatus'];

export const templateRaw = loose({
  templateId: z.string(),
  templateName: z.string().default(''),
  size: optNum,
  checksum: z.string().optional(),
  status: z.string().default(''),
});

export const instanceTypeRaw = loose({
  instanceTypeId: z.string(),
  instanceType: z.string().default(''),
  cpu: num.default(0),
  memory: num.default(0),
  volume: num.default(0),
  internalBandwidth: optNum,
  externalBandwidth: optNum,
});

export const keyPairRaw = loose({
  keyId: z.string(),
  keyName: z.string().default(''),
  keyFingerprint: z.string().default(''),
});
export const toKeyPair = (k: z.output<typeof keyPairRaw>): MosKeyPair => ({
  id: k.keyId,
  name: k.keyName,
  fingerprint: k.keyFingerprint,
});

export const instanceRaw = loose({
  instanceId: z.string(),
  instanceName: z.string().default(''),
  instanceType: z.string().optional(),
  instanceTypeId: z.string().optional(),
  status: z.string().default(''),
  cpu: optNum,
  memory: optNum,
  volume: optNum,
  ipAddresses: z.union([z.string(), z.array(z.string())]).optional(),
});
export const toInstance = (i: z.output<typeof instanceRaw>): MosInstance => ({
  id: i.instanceId,
  name: i.instanceName,
  status: i.status,
  instanceType: i.instanceType,
  instanceTypeId: i.instanceTypeId,
  cpu: i.cpu,
  memoryMb: i.memory,
  volumeMb: i.volume,
  ipAddresses: (Array.isArray(i.ipAddresses)
    ? i.ipAddresses
    : (i.ipAddresses ?? '').split(/[\s,;]+/)
  ).filter(Boolean),
});

export const ackBody = loose({ return: returnFlag });

export const volumeRaw = loose({
  volumeId: z.string(),
  volumeName: z.string().default(''),
  volumeSize: num.default(0),
  instanceId: z.string().default(''),
  instanceName: z.string().optional(),
  cacheMode: z.string().optional(),
  driver: z.string().optional(),
  index: optNum,
});

export const interfaceRaw = loose({
  instanceId: z.string().default(''),
  instanceName: z.string().optional(),
  networkId: z.string().default(''),
  networkName: z.string().default(''),
  ipAddress: z.string().default(''),
  macAddress: z.string().default(''),
  bandwidth: optNum,
  driver: z.string().optional(),
  index: optNum,
});

export const toTemplate = (t: z.output<typeof templateRaw>): MosTemplate => ({
  id: t.templateId,
  name: t.templateName,
  sizeBytes: t.size,
  checksum: t.checksum,
  status: t.status,
});

export const toInstanceType = (t: z.output<typeof instanceTypeRaw>): MosInstanceType => ({
  id: t.instanceTypeId,
  name: t.instanceType,
  cpu: t.cpu,
  memoryMb: t.memory,
  volumeMb: t.volume,
  internalBandwidthMbps: t.internalBandwidth,
  externalBandwidthMbps: t.externalBandwidth,
});

export const toVolume = (v: z.output<typeof volumeRaw>): MosVolume => ({
  id: v.volumeId,
  name: v.volumeName,
  instanceId: v.instanceId,
  instanceName: v.instanceName,
  sizeMb: v.volumeSize,
  cacheMode: v.cacheMode,
  driver: v.driver,
  index: v.index,
});

export const toInterface = (n: z.output<typeof interfaceRaw>): MosNetworkInterface => ({
  instanceId: n.instanceId,
  instanceName: n.instanceName,
  networkId: n.networkId,
  networkName: n.networkName,
  ipAddress: n.ipAddress,
  macAddress: n.macAddress,
  bandwidthMbps: n.bandwidth,
  driver: n.driver,
  index: n.index,
});

/** A paged set ({Item: [...], Total, Limit, Offset}) of a DescribeX answer. */
export const pagedSet = <K extends string, T extends z.ZodType>(itemKey: K, item: T) =>
  emptyAsAbsent(
    loose({
      Total: optNum,
      Limit: optNum,
      Offset: optNum,
      ...({ [itemKey]: setOf(item) } as Record<K, ReturnType<typeof setOf<T>>>),
    }).optional(),
  );

export const toPage = <R, N>(
  set: { Total?: number; Limit?: number; Offset?: number } | undefined,
  items: R[] | undefined,
  map: (r: R) => N,
): MosPage<N> => ({
  items: (items ?? []).map(map),
  total: set?.Total,
  limit: set?.Limit,
  offset: set?.Offset,
});
