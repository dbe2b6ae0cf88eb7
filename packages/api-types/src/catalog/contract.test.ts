import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { catalogKey, type ActionDef } from '../define';
import { findAction } from '../lookup';
import { mosErrorOf, mosErrorResponse } from '../mos-wire';
import { catalog } from './index';

/**
 * Contract tests: every JSON answer the seed documents show (fixtures/<provider>-<product>/),
 * parsed with its entry's output schema and normalized; the catalog checked against the list
 * of actions in seeds/README.md. Each product's inputs are checked with documented examples in
 * contract-inputs.test.ts.
 */

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

/** The worked examples (示例) that print only part of an answer; the test puts them back in place. */
const FRAGMENTS: Record<string, (fragment: unknown) => unknown> = {
  // 示例 3 prints result.get("Data") of DescribeInstances.
  'cds-ccs/DescribeInstances.2.json': (data) => ({ Code: 'Success', Data: data }),
  // 示例 2 prints vdcInfo.get("PublicNetwork") of DescribeVdc's first VDC.
  'cds-network/DescribeVdc.2.json': (pub) => ({
    Code: 'Success',
    Data: [{ VdcId: 'from-fragment', PublicNetwork: pub }],
  }),
};

interface Fixture {
  file: string;
  entry: ActionDef | undefined;
  body: unknown;
}

const fixtures: Fixture[] = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    const [provider = '', product = ''] = d.name.split('-');
    return readdirSync(join(FIXTURES, d.name))
      .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
      .map((f) => {
        const file = `${d.name}/${f}`;
        const action = f.replace(/(\.\d+)?\.json$/, '');
        const text = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as unknown;
        const wrap = FRAGMENTS[file];
        return {
          file,
          entry: findAction(provider, product, action),
          body: wrap ? wrap(text) : text,
        };
      });
  });

const parseAnswer = (f: Fixture) => {
  const parsed = f.entry!.output.safeParse(f.body);
  if (!parsed.success)
    throw new Error(`${f.file}: ${JSON.stringify(parsed.error.issues, null, 1)}`);
  return f.entry!.normalize(parsed.data);
};
const answerOf = (file: string): unknown => {
  const f = fixtures.find((x) => x.file === file);
  if (!f) throw new Error(`no fixture ${file}`);
  return parseAnswer(f);
};

/** seeds/README.md "Every action (96)": method, and "task" where the call returns a TaskId to follow. */
const README_ACTIONS: Record<string, string> = {
  'cds/ccs': `CreateInstance POST task, DeleteInstance POST task, StopInstance GET task, RebootInstance GET task,
    ModifyInstanceChargeType POST task, ModifyInstanceSpec POST task, CreateDisk POST task, ResizeDisk POST task,
    DeleteDisk POST task, ResetImage POST task, DescribeInstances POST, ConnectNetworkInterface POST task,
    DisconnectNetworkInterface POST task, ModifyIpAddress POST task, DescribeInstanceMonitor POST,
    CreateSecurityGroup POST, DeleteSecurityGroup GET, ForceDeleteSecurityGroup GET, DescribeSecurityGroupAttribute GET,
    ModifySecurityGroupAttribute POST, DescribeSecurityGroups POST, AddSecurityGroupRule POST, RemoveSecurityGroupRule POST,
    ModifySecurityGroupRule POST, JoinSecurityGroup POST, LeaveSecurityGroup POST, ModifySecurityGroupRulePriority POST,
    CreateTemplate POST task, DeleteTemplate POST task, SyncTemplate POST task, DescribeTemplateInfo POST,
    DescribeAvailableResource GET, DescribeTask GET`,
  'cds/network': `DescribeVdc GET, CreateVdc POST task, DeleteVdc GET task, CreatePublicNetwork POST task,
    CreatePrivateNetwork POST task, ModifyPublicNetwork GET task, AddPublicIp GET task, DeletePublicIp GET task,
    DeletePublicNetwork GET task, DeletePrivateNetwork GET task, RenewPublicNetwork GET, DescribeBandwidthTraffic GET`,
  'cds/billing': 'DescribeBill GET, DescribeBillInfo GET, GetMetering GET',
  'cds/mysql': `DescribeRegions GET, DescribeAvailableDBConfig GET, CreateDBInstance POST task, DescribeDBInstances GET,
    CreatePrivilegedAccount POST, DescribeModifiableDBSpec GET, ModifyDBInstanceSpec POST task, DeleteDBInstance POST task,
    DescribeAvailableReadOnlyConfig GET, CreateReadOnlyDBInstance POST task, CreateBackup POST task, DescribeBackups GET,
    DeleteBackup POST task, DownloadBackup GET, DescribeDBInstancePerformance POST`,
  'cds/redis':
    'DescribeRegins GET, DescribeAvailableDBConfig GET, CreateDBInstance POST task, DescribeDBInstances GET, DeleteDBInstance POST task',
  // CreateMemcachedInstance is not marked "task" but the README says it answers Data.TaskIds.
  'cds/memcached': `CreateMemcachedInstance POST task, MemcachedInstanceList POST, DescribeMemcachedInstance POST,
    DeleteMemcachedInstance POST task, ClearMemcachedInstance POST task, UpdateMemcachedInstance POST task`,
  'mos/mcs': `DescribeTemplates POST, DescribeInstanceTypes POST, GetBalance POST, DescribeKeyPairs POST, ImportKeyPair POST,
    DeleteKeyPair POST, DescribeInstances POST, DescribeInstanceStatus POST, DescribeInstanceVolumes POST,
    DescribeInstanceNetworkInterfaces POST, GetPasswordData POST, GetInstanceContractInfo POST, StartInstance POST,
    StopInstance POST, RebootInstance POST, RebuildInstanceRootImage POST, CreateInstance POST, TerminateInstance POST,
    RenewInstance POST, ChangeInstanceType POST, GetInstanceMetadata POST, PutInstanceMetadata POST`,
};
const readme = Object.entries(README_ACTIONS).flatMap(([pp, list]) =>
  list.split(',').map((item) => {
    const [action = '', method = '', task] = item.trim().split(/\s+/);
    const [provider = '', product = ''] = pp.split('/');
    return { key: `${provider}/${product}/${action}`, method, task: task === 'task' };
  }),
);

const PATHS: Record<string, string> = {
  'cds/ccs': '/ccs',
  'cds/network': '/network',
  'cds/billing': '/billing',
  'cds/mysql': '/mysql',
  'cds/redis': '/redis',
  'cds/memcached': '/memcached',
  'mos/mcs': '/',
};
const PATH_EXCEPTIONS: Record<string, string> = {
  'cds/billing/GetMetering': '/ccs-product',
  'cds/mysql/DescribeDBInstancePerformance': '/paas/monitor',
};

const keyOf = (a: ActionDef) => catalogKey(a.provider, a.product, a.action);
const entry = (provider: string, product: string, action: string) => {
  const a = findAction(provider, product, action);
  if (!a) throw new Error(`no entry ${provider}/${product}/${action}`);
  return a;
};
describe('catalog', () => {
  it('has exactly the 96 actions of seeds/README.md', () => {
    expect(catalog).toHaveLength(96);
    expect(catalog.map(keyOf).sort()).toEqual(readme.map((r) => r.key).sort());
  });

  it('has unique provider/product/action keys', () => {
    expect(new Set(catalog.map(keyOf)).size).toBe(catalog.length);
  });

  it('counts entries per product', () => {
    const counts: Record<string, number> = {};
    for (const a of catalog)
      counts[`${a.provider}/${a.product}`] = (counts[`${a.provider}/${a.product}`] ?? 0) + 1;
    expect(counts).toEqual({
      'cds/ccs': 33,
      'cds/network': 12,
      'cds/billing': 3,
      'cds/mysql': 15,
      'cds/redis': 5,
      'cds/memcached': 6,
      'mos/mcs': 22,
    });
  });

  it('uses the documented method and path', () => {
    for (const r of readme) {
      const a = catalog.find((x) => keyOf(x) === r.key)!;
      expect(`${r.key} ${a.method}`).toBe(`${r.key} ${r.method}`);
      const expected = PATH_EXCEPTIONS[r.key] ?? PATHS[`${a.provider}/${a.product}`];
      expect(`${r.key} ${a.path}`).toBe(`${r.key} ${expected}`);
    }
  });

  it('declares a task path exactly where the README says a TaskId is returned, or a write\'s own example answers one', () => {
    // The security-group section's examples answer TaskIds ("7688881") the README does not list.
    const exampleTask = (key: string) =>
      fixtures.some(
        (f) =>
          f.entry &&
          f.entry.kind !== 'read' &&
          keyOf(f.entry) === key &&
          /"TaskId"\s*:\s*"[^"]+"/.test(readFileSync(join(FIXTURES, f.file), 'utf8')),
      );
    for (const r of readme) {
      const a = catalog.find((x) => keyOf(x) === r.key)!;
      expect(`${r.key}: ${a.task !== undefined}`).toBe(`${r.key}: ${r.task || exampleTask(r.key)}`);
    }
  });

  it('gives every entry with a task path the kind write or destructive', () => {
    for (const a of catalog.filter((x) => x.task))
      expect([keyOf(a), a.kind]).not.toEqual([keyOf(a), 'read']);
  });

  it('puts Memcached TaskIds in Data and every other TaskId at the top level', () => {
    for (const a of catalog.filter((x) => x.task)) {
      expect([keyOf(a), a.task]).toEqual([keyOf(a), a.product === 'memcached' ? a.task : 'TaskId']);
      if (a.product === 'memcached') expect(['Data.TaskId', 'Data.TaskIds']).toContain(a.task);
    }
  });

  it('marks deletes, clears, resets and rebuilds destructive', () => {
    for (const a of catalog) {
      if (/^(Delete|ForceDelete|Remove|Terminate|Clear|ResetImage|Rebuild)/.test(a.action)) {
        expect([keyOf(a), a.kind]).toEqual([keyOf(a), 'destructive']);
      }
    }
  });

  it('gives every entry a one-line English and Chinese summary', () => {
    for (const a of catalog) {
      expect(a.summary.en.trim(), keyOf(a)).not.toBe('');
      expect(a.summary.zh, keyOf(a)).toMatch(/[\u4e00-\u9fa5]/);
      expect(`${a.summary.en}${a.summary.zh}`, keyOf(a)).not.toMatch(/\n/);
    }
  });

  it('invalidates only read actions of the same provider', () => {
    for (const a of catalog) {
      for (const name of a.invalidates ?? []) {
        const reads = catalog.filter((x) => x.provider === a.provider && x.action === name);
        expect(reads.length, `${keyOf(a)} invalidates unknown ${name}`).toBeGreaterThan(0);
        expect(
          reads.every((x) => x.kind === 'read'),
          `${keyOf(a)} invalidates ${name}`,
        ).toBe(true);
      }
      if (a.kind === 'read') expect(a.invalidates ?? [], keyOf(a)).toEqual([]);
    }
  });

  it('answers junk input with issues, never an exception', () => {
    const junk = [
      {},
      { InstanceId: 'i' },
      { StartTime: 'yesterday', EndTime: 'today', DateFrom: 'x', DateTo: 1, Names: 'x', Values: 5 },
      {
        Qos: 'x',
        BindData: 'x',
        PublicNetwork: 'x',
        DataDisks: [{}],
        Filters: [{}],
        Priority: null,
      },
    ];
    for (const a of catalog) {
      for (const v of junk)
        expect(() => a.input.safeParse(v), `${keyOf(a)} ${JSON.stringify(v)}`).not.toThrow();
    }
  });

  it('types every input as an object, so the BFF can refuse unknown fields', () => {
    for (const a of catalog) expect(a.input instanceof z.ZodObject, keyOf(a)).toBe(true);
  });
});

describe('fixtures from the seed documents', () => {
  it('map to catalog entries, and every entry has at least one', () => {
    expect(fixtures.filter((f) => !f.entry).map((f) => f.file)).toEqual([]);
    const covered = new Set(fixtures.map((f) => keyOf(f.entry!)));
    expect(catalog.filter((a) => !covered.has(keyOf(a))).map(keyOf)).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s parses and normalizes', (_file, f) => {
    expect(() => parseAnswer(f)).not.toThrow();
  });

  it('reads the documented variants', () => {
    // DescribeInstances: IOPS in one example, IopsSize in the other.
    expect(answerOf('cds-ccs/DescribeInstances.json')).toMatchObject({
      items: [{ systemDisk: { iops: 600, size: 60 } }],
    });
    expect(answerOf('cds-ccs/DescribeInstances.2.json')).toMatchObject({
      items: [{ systemDisk: { iops: 600, size: 60 } }],
    });
    // DescribeVdc: "Stats", "PblicId", "nseIpNm" read as Status, PublicId, UnuseIpNum.
    expect(answerOf('cds-network/DescribeVdc.2.json')).toMatchObject({
      items: [
        {
          publicNetworks: [
            { id: '7753b676-da9c-11e9-82f4-0242ac110002', status: 'ok', unusedIpCount: 5 },
          ],
        },
      ],
    });
    // Memcached: numeric TaskIds inside Data.
    expect(answerOf('cds-memcached/DeleteMemcachedInstance.json')).toEqual({ taskId: '918' });
    expect(answerOf('cds-memcached/CreateMemcachedInstance.json')).toEqual({
      taskIds: ['915'],
      instanceIds: ['4e3bb828-c6a4-11ec-95eb-b2d9e44608b0'],
    });
    // MySQL: CpuRam entry with "N" for Name; MasterInfo "" is no master; Ram in MB.
    expect(
      (answerOf('cds-mysql/DescribeModifiableDBSpec.json') as { specs: unknown[] }).specs[0],
    ).toMatchObject({ name: '2C4G', paasGoodsId: '6704' });
    const [mysql] = answerOf('cds-mysql/DescribeDBInstances.json') as Record<string, unknown>[];
    expect(mysql).toMatchObject({
      ramMb: 8192,
      subProductName: 'MySQL 高可用版',
      readOnlyInstances: [{ ip: '66.66.0.48' }],
    });
    expect(mysql).not.toHaveProperty('masterInfo');
    // MySQL monitoring: Values[].DateTime.
    const perf = answerOf('cds-mysql/DescribeDBInstancePerformance.json') as {
      period: number;
      series: { points: unknown[] }[];
    };
    expect(perf.period).toBe(30);
    expect(perf.series[0]?.points[0]).toEqual({ time: '2020-11-03 14:33:24', value: 4 });
    // Redis: the repaired VdcName; the site without RegionId is left out.
    expect(answerOf('cds-redis/DescribeDBInstances.json')).toMatchObject([
      { vdcName: '香港PaaS', ramMb: 2048 },
    ]);
    expect((answerOf('cds-redis/DescribeRegins.json') as unknown[]).length).toBe(17);
    // Billing: lower-case "success"; GetMetering TotalSize string.
    expect(answerOf('cds-billing/DescribeBill.json')).toMatchObject({ totalViceCost: 76.97 });
    expect(answerOf('cds-billing/GetMetering.json')).toEqual([
      { id: '2001', name: 'wlj_存储池1', totalSize: 10240, cold: 165.1226, warm: 37.9796 },
    ]);
    // Security groups: an empty TaskId is an acknowledgement, a filled one a task to follow.
    expect(answerOf('cds-ccs/CreateSecurityGroup.json')).toEqual({ ok: true, message: 'Success.' });
    expect(answerOf('cds-ccs/ForceDeleteSecurityGroup.json')).toEqual({ taskId: '7688881' });
    // MOS: "True" is ok; ipAddresses string becomes a list.
    expect(answerOf('mos-mcs/StartInstance.json')).toEqual({ ok: true });
    expect(answerOf('mos-mcs/DescribeInstances.json')).toMatchObject({
      total: 6,
      items: [{ ipAddresses: ['10.168.44.230'], status: 'ready' }],
    });
  });

  it('accepts an XML-shaped MOS answer (one element instead of a list, numbers as text)', () => {
    const a = entry('mos', 'mcs', 'DescribeInstances');
    const xmlish = {
      DescribeInstancesResponse: {
        InstanceSet: {
          Instance: { instanceId: 'i-1', status: 'running', cpu: '1', memory: '128' },
          Total: '1',
        },
      },
    };
    expect(a.normalize(a.output.parse(xmlish))).toMatchObject({
      total: 1,
      items: [{ id: 'i-1', cpu: 1, memoryMb: 128 }],
    });
  });

  it('reads the MOS error answer', () => {
    const body = JSON.parse(readFileSync(join(FIXTURES, 'mos-mcs/_ErrorResponse.json'), 'utf8'));
    expect(mosErrorResponse.safeParse(body).success).toBe(true);
    expect(mosErrorOf(body)).toEqual({ code: '406', message: 'No enough balance' });
    expect(mosErrorOf({ DescribeInstancesResponse: {} })).toBeUndefined();
  });

  it('records every repair in REPAIRS.md', () => {
    const repairs = readFileSync(join(FIXTURES, 'REPAIRS.md'), 'utf8');
    for (const f of [
      'cds-ccs/StopInstance.json',
      'cds-ccs/DescribeInstances.json',
      'cds-ccs/DescribeAvailableResource.json',
      'cds-network/DeleteVdc.json',
      'cds-network/CreatePublicNetwork.json',
      'cds-network/DeletePublicIp.json',
      'cds-network/DeletePublicNetwork.json',
      'cds-network/DeletePrivateNetwork.json',
      'cds-mysql/CreateDBInstance.json',
      'cds-redis/DescribeDBInstances.json',
      'mos-mcs/DescribeInstanceTypes.json',
      'mos-mcs/DescribeInstances.json',
      'mos-mcs/DescribeInstanceVolumes.json',
      'mos-mcs/DescribeInstanceNetworkInterfaces.json',
      'mos-mcs/CreateInstance.json',
    ]) {
      expect(existsSync(join(FIXTURES, f)), f).toBe(true);
      expect(repairs, f).toContain(f);
    }
  });
});
