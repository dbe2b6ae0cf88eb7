import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { actionSteps } from './action-expect';
import { startHarness, type Harness } from './harness';

/**
 * The twelve security-group actions through the BFF: the immediate ones seen at once, the task
 * ones (the six whose examples answer a TaskId) followed to FINISH, and each documented refusal in
 * the console's error shape.
 */

type Item = Record<string, any>;

let h: Harness;
// Opening the console's database can take a while on a busy machine.
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
beforeEach(() => h.sim.reset());
afterAll(async () => h?.close());
const { runTask, expectError } = actionSteps(() => h, 'ccs');

const groups = async (params: Record<string, unknown> = {}): Promise<Item[]> =>
  (await h.action('ccs', 'DescribeSecurityGroups', params)).body.data.items;
const groupNamed = async (name: string): Promise<Item> =>
  (await groups()).find((g) => g.name === name)!;
const detail = async (id: string): Promise<Item> =>
  (await h.action('ccs', 'DescribeSecurityGroupAttribute', { SecurityGroupId: id })).body.data;
const instanceNamed = async (name: string): Promise<Item> =>
  (await h.action('ccs', 'DescribeInstances', { PageSize: 100 })).body.data.items.find(
    (i: Item) => i.name === name,
  );

async function ack(action: string, body: Record<string, unknown>) {
  const r = await h.action('ccs', action, body);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(r.body.data).toMatchObject({ ok: true });
  expect(r.body.taskIds ?? []).toEqual([]);
}

const RULE = {
  Action: '1',
  Description: 'ssh',
  TargetAddress: '10.0.0.0/8',
  TargetPort: '0',
  LocalPort: '22',
  Direction: 'all',
  Priority: '5',
  Protocol: 'TCP',
  RuleType: 'ip',
};

describe('security groups through the BFF', () => {
  it('DescribeSecurityGroups and DescribeSecurityGroupAttribute: counts, rules by priority, members by interface', async () => {
    const all = await groups();
    expect(all).toHaveLength(5);
    expect(all.find((g) => g.name === 'web-公网防护')).toMatchObject({
      type: 'public',
      bindInstanceCount: 8,
      bindVdcCount: 2,
      status: 'ok',
    });
    expect((await groups({ Keyword: 'dmz' })).map((g) => g.name)).toEqual(['office-dmz']);
    const db = await groupNamed('db-内网');
    const d = await detail(db.id);
    expect(d).toMatchObject({ id: db.id, name: 'db-内网', type: 'private', ruleCount: 3 });
    expect(d.rules.map((r: Item) => [r.priority, r.localPort, r.action])).toEqual([
      [10, '3306', 'allow'],
      [20, '6379', 'allow'],
      [100, '0', 'deny'],
    ]);
    expect(d.bindings.map((b: Item) => b.instanceName).sort()).toEqual([
      'db-master',
      'db-slave',
      'redis-01',
    ]);
    expect(d.bindings[0]).toMatchObject({
      networkKind: 'private',
      networkName: 'db-net',
      status: 'ok',
    });
    await expectError(
      'DescribeSecurityGroupAttribute',
      { SecurityGroupId: '0bb08ed7-e686-4168-93e5-e0187579753b' },
      400,
      'SecurityGroupNotFound',
    );
  });

  it('CreateSecurityGroup, ModifySecurityGroupAttribute and DeleteSecurityGroup act at once', async () => {
    await ack('CreateSecurityGroup', {
      SecurityGroupName: 'bff-sg',
      Description: 'made here',
      SecurityGroupType: 'public',
    });
    const made = await groupNamed('bff-sg');
    expect(made).toMatchObject({ type: 'public', description: 'made here', bindInstanceCount: 0 });
    await ack('ModifySecurityGroupAttribute', {
      SecurityGroupId: made.id,
      SecurityGroupName: 'bff-sg-2',
      Description: 'renamed',
    });
    expect(await detail(made.id)).toMatchObject({ name: 'bff-sg-2', description: 'renamed' });
    await ack('DeleteSecurityGroup', { SecurityGroupId: made.id });
    expect(await groups({ SecurityGroupId: made.id })).toEqual([]);
    await expectError(
      'CreateSecurityGroup',
      { SecurityGroupName: 'x', Description: 'y', SecurityGroupType: 'both' },
      400,
      'ValidationError',
    );
  });

  it('DeleteSecurityGroup refuses a bound group; ForceDeleteSecurityGroup unbinds everyone and removes it', async () => {
    const web = await groupNamed('web-公网防护');
    const refused = await expectError(
      'DeleteSecurityGroup',
      { SecurityGroupId: web.id },
      403,
      'IncorrectSecurityGroupStatus',
    );
    expect(refused.message).toMatch(/bound to 8 interface/);
    await runTask('ForceDeleteSecurityGroup', { SecurityGroupId: web.id });
    expect(await groups({ SecurityGroupId: web.id })).toEqual([]);
  });

  it('AddSecurityGroupRule, ModifySecurityGroupRule, ModifySecurityGroupRulePriority, RemoveSecurityGroupRule', async () => {
    const empty = await groupNamed('测试-空组');
    const added = await runTask('AddSecurityGroupRule', { ...RULE, SecurityGroupId: empty.id });
    const ruleId = added.resourceIds[1];
    await runTask('AddSecurityGroupRule', {
      ...RULE,
      SecurityGroupId: empty.id,
      LocalPort: '443',
      Priority: '1',
      Description: 'https',
    });
    expect((await detail(empty.id)).rules.map((r: Item) => r.description)).toEqual([
      'https',
      'ssh',
    ]);
    await ack('ModifySecurityGroupRule', {
      SecurityGroupId: empty.id,
      RuleId: ruleId,
      Description: 'ssh from lan',
    });
    await runTask('ModifySecurityGroupRulePriority', {
      SecurityGroupId: empty.id,
      BindData: [
        { RuleId: ruleId, Priority: 1 },
        { RuleId: (await detail(empty.id)).rules[0].id, Priority: 2 },
      ],
    });
    expect((await detail(empty.id)).rules.map((r: Item) => [r.description, r.priority])).toEqual([
      ['ssh from lan', 1],
      ['https', 2],
    ]);
    await runTask('RemoveSecurityGroupRule', { SecurityGroupId: empty.id, RuleIds: [ruleId] });
    expect((await detail(empty.id)).rules.map((r: Item) => r.description)).toEqual(['https']);

    await expectError(
      'AddSecurityGroupRule',
      { ...RULE, SecurityGroupId: empty.id, LocalPort: '443', Priority: '9' },
      400,
      'InvalidSecurityGroupRule.Duplicated',
    );
    const invalid = await expectError(
      'AddSecurityGroupRule',
      { ...RULE, SecurityGroupId: empty.id, TargetAddress: '10.0.0.0/33' },
      400,
      'ValidationError',
    );
    expect(JSON.stringify(invalid)).toMatch(/prefix is 0–32/);
    await expectError(
      'RemoveSecurityGroupRule',
      { SecurityGroupId: empty.id, RuleIds: [ruleId] },
      400,
      'RuleNotFound',
    );
  });

  it('JoinSecurityGroup and LeaveSecurityGroup bind and unbind an interface; a bound interface and the wrong kind are refused', async () => {
    const db = await groupNamed('db-内网');
    const k8s = await instanceNamed('k8s-node-01');
    const nic = k8s.privateInterfaces[0];
    await runTask('JoinSecurityGroup', {
      SecurityGroupId: db.id,
      BindData: [{ InstanceId: k8s.id, PrivateId: nic.networkId }],
    });
    const joined = (await detail(db.id)).bindings.find((b: Item) => b.instanceId === k8s.id);
    expect(joined).toMatchObject({ interfaceId: nic.id, ip: nic.ip, status: 'ok' });
    await runTask('LeaveSecurityGroup', {
      SecurityGroupId: db.id,
      BindData: [{ InstanceId: k8s.id, PrivateId: nic.networkId }],
    });
    expect((await detail(db.id)).bindings.map((b: Item) => b.instanceId)).not.toContain(k8s.id);

    const web01 = await instanceNamed('web-01');
    const empty = await groupNamed('测试-空组');
    const bound = await expectError(
      'JoinSecurityGroup',
      { SecurityGroupId: empty.id, BindData: [{ InstanceId: web01.id }] },
      403,
      'OperationDenied.InterfaceBound',
    );
    expect(bound.message).toMatch(/web-公网防护/);
    await expectError(
      'JoinSecurityGroup',
      {
        SecurityGroupId: empty.id,
        BindData: [{ InstanceId: web01.id, PrivateId: web01.privateInterfaces[0].networkId }],
      },
      403,
      'OperationDenied.SecurityGroupType',
    );
    await expectError(
      'JoinSecurityGroup',
      { SecurityGroupId: db.id, BindData: [{ InstanceId: k8s.id, PrivateId: 'eth1' }] },
      400,
      'InvalidInterfaceID.Malformed',
    );
    await expectError(
      'LeaveSecurityGroup',
      { SecurityGroupId: db.id, BindData: [{ InstanceId: k8s.id }] },
      400,
      'BindingNotFound',
    );
  });
});
