import { describe, it, expect } from 'vitest';
import { flattenMosParams } from '../mos-wire';
import { entry, expectAccepted, expectRejected } from '../../test/input-check';

/**
 * Input schemas of the CDS PaaS products (MySQL, Redis, Memcached) and MOS: the documented request examples
 * (table example values and code-sample bodies) are accepted; out-of-range values are refused
 * with a message that says what is wrong. Inputs are parsed strictly, as the BFF does.
 */

describe('inputs: CDS PaaS', () => {
  it('MySQL CreateReadOnlyDBInstance: the sample body is accepted (PaasGoodsId sent as a number)', () => {
    const a = entry('cds', 'mysql', 'CreateReadOnlyDBInstance');
    const doc = {
      InstanceUuid: 'u',
      InstanceName: 'mysql_for_readonly',
      PaasGoodsId: '6707',
      DiskType: 'high_disk',
      DiskValue: 400,
      Amount: 1,
    };
    expect(expectAccepted(a, doc).PaasGoodsId).toBe(6707);
    expectRejected(a, { ...doc, Amount: 4 }, 'Amount must be 1, 2 or 3');
    expectRejected(a, { ...doc, DiskValue: 150 }, 'DiskValue must be 100–2000 GB in steps of 100');
    expectRejected(
      a,
      { ...doc, PaasGoodsId: '******' },
      'PaasGoodsId must be a positive whole number',
    );
  });

  it('MySQL CreateDBInstance, ModifyDBInstanceSpec, CreateBackup, CreatePrivilegedAccount, monitoring', () => {
    const create = entry('cds', 'mysql', 'CreateDBInstance');
    const doc = {
      RegionId: 'CN_Hongkong_A',
      VdcId: 'v',
      BasePipeId: 'p',
      InstanceName: 'test-mysql',
      PaasGoodsId: 17060,
      DiskType: 'ssd_disk',
      DiskValue: 100,
      Password: 'Secret-1',
      Amount: 1,
    };
    expectAccepted(create, doc);
    expectRejected(create, { ...doc, Amount: 0 }, 'Amount must be 1, 2 or 3');
    expectRejected(create, { ...doc, DiskValue: 2100 }, 'DiskValue must be 100–2000 GB');
    const modify = entry('cds', 'mysql', 'ModifyDBInstanceSpec');
    expectAccepted(modify, { InstanceUuid: 'u', PaasGoodsId: '6707' });
    expectAccepted(modify, { InstanceUuid: 'u', DiskType: 'high_disk', DiskValue: 100 });
    expectRejected(
      modify,
      { InstanceUuid: 'u', DiskType: 'high_disk' },
      'Give DiskType and DiskValue together',
    );
    expectRejected(modify, { InstanceUuid: 'u' }, 'Give PaasGoodsId');
    expectAccepted(entry('cds', 'mysql', 'CreateBackup'), {
      InstanceUuid: 'u',
      BackupType: 'physical-backup',
      Desc: 'test-openapi-python',
    });
    expectRejected(
      entry('cds', 'mysql', 'CreateBackup'),
      { InstanceUuid: 'u', BackupType: 'logical-backup' },
      'BackupType must be physical-backup',
    );
    expectRejected(
      entry('cds', 'mysql', 'CreatePrivilegedAccount'),
      { InstanceUuid: 'u', AccountName: 'root', Password: 'p', AccountType: 'Admin' },
      'AccountType must be Super',
    );
    const perf = entry('cds', 'mysql', 'DescribeDBInstancePerformance');
    const p = {
      InstanceUuid: 'b6120f04-63ab-491c-9049-54fca54102bf',
      MetricKey: 'mysql_slow_queries',
      StartTime: '2020-11-03 14:28:00',
      EndTime: '2020-11-03 14:35:00',
    };
    expectAccepted(perf, p);
    expectRejected(perf, { ...p, MetricKey: 'slow_queries' }, 'MetricKey must be one of');
    expectRejected(perf, { ...p, EndTime: '2020-12-31 00:00:00' }, 'at most 30 days');
    expectRejected(entry('cds', 'mysql', 'DeleteDBInstance'), {}, 'InstanceUuid is required');
  });

  it('Redis CreateDBInstance', () => {
    const a = entry('cds', 'redis', 'CreateDBInstance');
    const doc = {
      RegionId: 'CN_Hongkong_A',
      VdcId: 'v',
      BasePipeId: 'p',
      InstanceName: 'test',
      PaasGoodsId: 5765,
      Password: 'pw',
    };
    expectAccepted(a, doc);
    expectRejected(a, { ...doc, Password: undefined }, 'Password is required');
    expectRejected(a, { ...doc, Amount: 0 }, 'Amount must be 1, 2 or 3');
  });

  it('Memcached create and update', () => {
    const a = entry('cds', 'memcached', 'CreateMemcachedInstance');
    const doc = {
      InstanceName: 'test',
      ConfSize: '1G',
      VdcId: 'a58052bf-3bfc-4d0c-a3a5-0bcca72589f5',
      PipeId: '48de2f3c-b3df-11ec-8bed-e6717c813be8',
      Amount: 1,
      RegionId: 'CN_Beijing_H',
    };
    expectAccepted(a, doc);
    expectRejected(a, { ...doc, ConfSize: '11G' }, 'ConfSize must be one of 1G, 2G, … 10G');
    expectRejected(a, { ...doc, Amount: 11 }, 'Amount must be 1–10');
    expectRejected(a, { ...doc, Amount: 0 }, 'Amount must be 1–10');
    expectAccepted(entry('cds', 'memcached', 'UpdateMemcachedInstance'), {
      InstanceId: 'i',
      ConfSize: '2G',
    });
  });
});

describe('inputs: MOS', () => {
  it('flattens to the documented query parameters', () => {
    const flat = (action: string, value: unknown) =>
      flattenMosParams(expectAccepted(entry('mos', 'mcs', action), value));
    expect(flat('DescribeInstances', { Limit: 1, Offset: 2 })).toEqual({ Limit: '1', Offset: '2' });
    expect(
      flat('PutInstanceMetadata', { InstanceId: 'system', Names: ['test7d'], Values: ['1'] }),
    ).toEqual({
      InstanceId: 'system',
      'Name.1': 'test7d',
      'Value.1': '1',
    });
    expect(
      flat('CreateInstance', {
        ImageId: 'd1620e45-c561-42e7-a2a4-53ae0a389bb9',
        Duration: '72H',
        InstanceType: 'small_net',
      }),
    ).toEqual({
      ImageId: 'd1620e45-c561-42e7-a2a4-53ae0a389bb9',
      Duration: '72H',
      InstanceType: 'small_net',
    });
    expect(
      flat('ChangeInstanceType', {
        InstanceId: 'system',
        InstanceType: 'small_net',
        Duration: '1M',
      }),
    ).toEqual({
      InstanceId: 'system',
      InstanceType: 'small_net',
      Duration: '1M',
    });
    expect(
      flat('DescribeInstances', {
        InstanceIds: ['a', 'b'],
        InstanceNames: ['web'],
        Filters: [
          { Name: 'status', Values: ['running', 'ready'] },
          { Name: 'name', Values: ['x'] },
        ],
      }),
    ).toEqual({
      'InstanceId.1': 'a',
      'InstanceId.2': 'b',
      'InstanceName.1': 'web',
      'Filter.1.Name': 'status',
      'Filter.1.Value.1': 'running',
      'Filter.1.Value.2': 'ready',
      'Filter.2.Name': 'name',
      'Filter.2.Value.1': 'x',
    });
    expect(flat('StopInstance', { InstanceId: 'system', Force: true })).toEqual({
      InstanceId: 'system',
      Force: 'True',
    });
    expect(flat('StopInstance', { InstanceId: 'system', Force: false })).toEqual({
      InstanceId: 'system',
    });
    expect(
      flat('ImportKeyPair', {
        KeyName: 'newkey',
        PublicKeyMaterial: 'ssh-rsa AAAAB3NzaOVL+2Y7R qj@dog\n',
      }),
    ).toEqual({
      KeyName: 'newkey',
      PublicKeyMaterial: 'ssh-rsa AAAAB3NzaOVL+2Y7R qj@dog',
    });
  });

  it('refuses malformed durations, filters, metadata and keys', () => {
    expectRejected(
      entry('mos', 'mcs', 'CreateInstance'),
      { ImageId: 'i', InstanceType: 't', Duration: '3D' },
      'Duration must be a number followed by H',
    );
    expectRejected(
      entry('mos', 'mcs', 'RenewInstance'),
      { InstanceId: 'i', Duration: '0M' },
      'Duration must be',
    );
    expectRejected(
      entry('mos', 'mcs', 'DescribeInstances'),
      { Filters: [{ Name: 'ip', Values: ['1'] }] },
      'Filter Name must be name or status',
    );
    expectRejected(
      entry('mos', 'mcs', 'DescribeInstanceTypes'),
      { Limit: 0 },
      'Limit is at least 1',
    );
    expectRejected(
      entry('mos', 'mcs', 'PutInstanceMetadata'),
      { InstanceId: 'i', Names: ['a', 'b'], Values: ['1'] },
      'same length',
    );
    expectRejected(
      entry('mos', 'mcs', 'ImportKeyPair'),
      { KeyName: 'k', PublicKeyMaterial: 'not a key' },
      'OpenSSH public key',
    );
    expectRejected(entry('mos', 'mcs', 'StartInstance'), {}, 'InstanceId is required');
  });
});
