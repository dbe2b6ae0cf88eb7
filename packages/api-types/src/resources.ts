/**
 * The resource each write action touches, for the audit log and the task centre: which input
 * field holds its id (or ids) and its name, and for creates where the answer names the new one.
 * Plain data, no schemas: the browser imports it too (`@console/api-types/resources`).
 * resources.test.ts checks that every write of the catalog has an entry whose fields exist.
 */

/** The kinds of resource the console links to (or at least names). */
export type ResourceType =
  | 'cds-instance'
  | 'cds-security-group'
  | 'cds-template'
  | 'cds-vdc'
  | 'cds-private-network'
  | 'cds-public-network'
  | 'cds-public-ip'
  | 'cds-mysql'
  | 'cds-redis'
  | 'cds-memcached'
  | 'mos-instance'
  | 'mos-key-pair';

export interface WriteResource {
  type: ResourceType;
  /** Input field with the id (a string) or ids (a list). */
  idField?: string;
  /** Input field with the name (creates, renames). */
  nameField?: string;
  /** Dotted path in the raw answer to the new id(s), for creates whose answer names them. */
  answerIdPath?: string;
  /** A success removes the resource itself: the audit log stops linking to it. */
  deletes?: true;
}

const r = (type: ResourceType, idField?: string, more: Omit<WriteResource, 'type' | 'idField'> = {}): WriteResource => ({
  type,
  ...(idField ? { idField } : {}),
  ...more,
});
const gone = { deletes: true } as const;

/** By catalog key (provider/product/Action). */
export const writeResources: Readonly<Record<string, WriteResource>> = {
  // CDS compute: instances, their disks and interfaces (the instance is the resource).
  'cds/ccs/CreateInstance': r('cds-instance', undefined, { nameField: 'InstanceName' }),
  'cds/ccs/DeleteInstance': r('cds-instance', 'InstanceIds', gone),
  'cds/ccs/RebootInstance': r('cds-instance', 'InstanceId'),
  'cds/ccs/StopInstance': r('cds-instance', 'InstanceId'),
  'cds/ccs/ConnectNetworkInterface': r('cds-instance', 'InstanceId'),
  'cds/ccs/DisconnectNetworkInterface': r('cds-instance', 'InstanceId'),
  'cds/ccs/CreateDisk': r('cds-instance', 'InstanceId'),
  'cds/ccs/DeleteDisk': r('cds-instance', 'InstanceId'),
  'cds/ccs/ResizeDisk': r('cds-instance', 'InstanceId'),
  'cds/ccs/ModifyInstanceChargeType': r('cds-instance', 'InstanceId'),
  'cds/ccs/ModifyInstanceSpec': r('cds-instance', 'InstanceId'),
  'cds/ccs/ModifyIpAddress': r('cds-instance', 'InstanceId'),
  'cds/ccs/ResetImage': r('cds-instance', 'InstanceId'),
  // Templates (custom images).
  'cds/ccs/CreateTemplate': r('cds-template', undefined, { nameField: 'DisplayName' }),
  'cds/ccs/DeleteTemplate': r('cds-template', 'TemplateId', gone),
  'cds/ccs/SyncTemplate': r('cds-template', 'TemplateId'),
  // Security groups (the answer of CreateSecurityGroup does not name the new group).
  'cds/ccs/CreateSecurityGroup': r('cds-security-group', undefined, { nameField: 'SecurityGroupName' }),
  'cds/ccs/DeleteSecurityGroup': r('cds-security-group', 'SecurityGroupId', gone),
  'cds/ccs/ForceDeleteSecurityGroup': r('cds-security-group', 'SecurityGroupId', gone),
  'cds/ccs/ModifySecurityGroupAttribute': r('cds-security-group', 'SecurityGroupId', { nameField: 'SecurityGroupName' }),
  'cds/ccs/AddSecurityGroupRule': r('cds-security-group', 'SecurityGroupId'),
  'cds/ccs/ModifySecurityGroupRule': r('cds-security-group', 'SecurityGroupId'),
  'cds/ccs/ModifySecurityGroupRulePriority': r('cds-security-group', 'SecurityGroupId'),
  'cds/ccs/RemoveSecurityGroupRule': r('cds-security-group', 'SecurityGroupId'),
  'cds/ccs/JoinSecurityGroup': r('cds-security-group', 'SecurityGroupId'),
  'cds/ccs/LeaveSecurityGroup': r('cds-security-group', 'SecurityGroupId'),
  // VDCs and their networks.
  'cds/network/CreateVdc': r('cds-vdc', undefined, { nameField: 'VdcName' }),
  'cds/network/DeleteVdc': r('cds-vdc', 'VdcId', gone),
  'cds/network/CreatePrivateNetwork': r('cds-private-network', undefined, { nameField: 'Name' }),
  'cds/network/DeletePrivateNetwork': r('cds-private-network', 'PrivateId', gone),
  'cds/network/CreatePublicNetwork': r('cds-public-network', undefined, { nameField: 'Name' }),
  'cds/network/DeletePublicNetwork': r('cds-public-network', 'PublicId', gone),
  'cds/network/ModifyPublicNetwork': r('cds-public-network', 'PublicId'),
  'cds/network/RenewPublicNetwork': r('cds-public-network', 'PublicId'),
  'cds/network/AddPublicIp': r('cds-public-network', 'PublicId'),
  'cds/network/DeletePublicIp': r('cds-public-ip', 'SegmentId', gone),
  // Databases (a backup, account or read-only replica belongs to its instance).
  'cds/mysql/CreateDBInstance': r('cds-mysql', undefined, { nameField: 'InstanceName', answerIdPath: 'Data.InstancesUuid' }),
  'cds/mysql/DeleteDBInstance': r('cds-mysql', 'InstanceUuid', gone),
  'cds/mysql/ModifyDBInstanceSpec': r('cds-mysql', 'InstanceUuid'),
  'cds/mysql/CreateBackup': r('cds-mysql', 'InstanceUuid'),
  'cds/mysql/DeleteBackup': r('cds-mysql', 'InstanceUuid'),
  'cds/mysql/CreatePrivilegedAccount': r('cds-mysql', 'InstanceUuid'),
  'cds/mysql/CreateReadOnlyDBInstance': r('cds-mysql', 'InstanceUuid'),
  'cds/redis/CreateDBInstance': r('cds-redis', undefined, { nameField: 'InstanceName', answerIdPath: 'Data.InstancesUuid' }),
  'cds/redis/DeleteDBInstance': r('cds-redis', 'InstanceUuid', gone),
  'cds/memcached/CreateMemcachedInstance': r('cds-memcached', undefined, { nameField: 'InstanceName', answerIdPath: 'Data.InstanceIds' }),
  'cds/memcached/DeleteMemcachedInstance': r('cds-memcached', 'InstanceId', gone),
  'cds/memcached/ClearMemcachedInstance': r('cds-memcached', 'InstanceId'),
  'cds/memcached/UpdateMemcachedInstance': r('cds-memcached', 'InstanceId'),
  // MOS: instances and key pairs (a key pair's name is its id).
  'mos/mcs/CreateInstance': r('mos-instance', undefined, { nameField: 'InstanceName', answerIdPath: 'CreateInstanceResponse.Instance.InstanceId' }),
  'mos/mcs/TerminateInstance': r('mos-instance', 'InstanceId', gone),
  'mos/mcs/StartInstance': r('mos-instance', 'InstanceId'),
  'mos/mcs/StopInstance': r('mos-instance', 'InstanceId'),
  'mos/mcs/RebootInstance': r('mos-instance', 'InstanceId'),
  'mos/mcs/RebuildInstanceRootImage': r('mos-instance', 'InstanceId'),
  'mos/mcs/RenewInstance': r('mos-instance', 'InstanceId'),
  'mos/mcs/ChangeInstanceType': r('mos-instance', 'InstanceId'),
  'mos/mcs/PutInstanceMetadata': r('mos-instance', 'InstanceId'),
  'mos/mcs/ImportKeyPair': r('mos-key-pair', 'KeyName', { nameField: 'KeyName' }),
  'mos/mcs/DeleteKeyPair': r('mos-key-pair', 'KeyName', { nameField: 'KeyName', deletes: true }),
};

/** What a write touched, as the audit log records it: ids may be several (bulk deletes). */
export interface TouchedResource {
  type: ResourceType;
  ids: string[];
  name?: string;
}

const MAX_IDS = 100;

function at(value: unknown, path: string): unknown {
  let cur = value;
  for (const part of path.split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  return cur;
}

function idsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((v): v is string | number => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number')
    .map(String)
    .slice(0, MAX_IDS);
}

/**
 * The resource a write names in its input and, for creates, its answer. Undefined for actions
 * without an entry (reads, console actions). Never throws, whatever the input holds.
 */
export function touchedResource(key: string, input: unknown, answer?: unknown): TouchedResource | undefined {
  const spec = writeResources[key];
  if (!spec) return undefined;
  const fromInput = spec.idField ? idsOf(at(input, spec.idField)) : [];
  const fromAnswer = spec.answerIdPath && answer !== undefined ? idsOf(at(answer, spec.answerIdPath)) : [];
  const name = spec.nameField ? at(input, spec.nameField) : undefined;
  return {
    type: spec.type,
    ids: fromInput.length ? fromInput : fromAnswer,
    ...(typeof name === 'string' && name.trim() !== '' ? { name } : {}),
  };
}
