import { cdsCcsSecurityGroups } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { waitForTask, type Json } from '../../testing/client';
import { expectTaskAnswer, GONE_ID, opsSimulator, statusAndCode } from '../../testing/instances';

/** The twelve security-group actions on the wire, with the seeded groups. */

const env = opsSimulator();

const groups = async (params: Record<string, unknown> = {}) =>
  (await env.client.post('/ccs', 'DescribeSecurityGroups', params)).body.Data.SecurityGroup as Json[];
const groupNamed = async (name: string) => (await groups()).find((g) => g.SecurityGroupName === name)!;
const attribute = async (id: string) => (await env.client.get('/ccs', 'DescribeSecurityGroupAttribute', { SecurityGroupId: id })).body.Data as Json;
const instanceNamed = async (name: string) =>
  ((await env.client.post('/ccs', 'DescribeInstances', { PageSize: 100 })).body.Data.Instances as Json[]).find((i) => i.InstanceName === name)!;
const post = (action: string, params: Record<string, unknown>) => env.client.post('/ccs', action, params);
const get = (action: string, params: Record<string, unknown>) => env.client.get('/ccs', action, params);
const finish = async (r: { body: Json }) => (await waitForTask(env.client, r.body.TaskId)).answer.Data;

const RULE = { Action: '1', Description: 'ssh', TargetAddress: '10.0.0.0/8', TargetPort: '0', LocalPort: '22', Direction: 'all', Priority: '5', Protocol: 'TCP', RuleType: 'ip' };

describe('DescribeSecurityGroups and DescribeSecurityGroupAttribute', () => {
  it('lists the seeded groups newest first with their counts, filtered by type, keyword and id', async () => {
    const all = await groups();
    expect(all.map((g) => g.SecurityGroupName)).toEqual(['测试-空组', 'sg-edge', 'office-dmz', 'db-内网', 'web-公网防护']);
    const r = await post('DescribeSecurityGroups', {});
    expect(cdsCcsSecurityGroups.DescribeSecurityGroups.output.safeParse(r.body).success).toBe(true);
    expect(r.body.Data.SecurityGroupCount).toBe(5);
    expect(all.find((g) => g.SecurityGroupName === 'web-公网防护')).toMatchObject({
      SecurityGroupType: 'public',
      BindInstanceCount: 8,
      BindInterfaceCount: 8,
      BindVdcCount: 2,
      Status: 'ok',
      CreateTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
    });
    expect((await groups({ SecurityGroupType: 'private' })).map((g) => g.SecurityGroupName)).toEqual(['office-dmz', 'db-内网']);
    expect((await groups({ Keyword: 'MYSQL' })).map((g) => g.SecurityGroupName)).toEqual(['db-内网']);
    expect(await groups({ SecurityGroupId: GONE_ID })).toEqual([]);
    expect(statusAndCode(await post('DescribeSecurityGroups', { SecurityGroupId: 'sg-1' }))).toEqual([400, 'InvalidSecurityGroupId.Malformed']);
    expect(statusAndCode(await post('DescribeSecurityGroups', { SecurityGroupType: 'both' }))).toEqual([400, 'InvalidParameter']);
  });

  it('answers the rules by priority and who is bound, by interface', async () => {
    const db = await groupNamed('db-内网');
    const r = await get('DescribeSecurityGroupAttribute', { SecurityGroupId: db.SecurityGroupId });
    expect(cdsCcsSecurityGroups.DescribeSecurityGroupAttribute.output.safeParse(r.body).success).toBe(true);
    const data = r.body.Data;
    expect(data).toMatchObject({ SecurityGroupName: 'db-内网', SecurityGroupType: 'private', SecurityGroupRuleCount: 3 });
    expect(data.SecurityGroupRules.map((x: Json) => [x.Priority, x.LocalPort, x.Action])).toEqual([[10, '3306', 1], [20, '6379', 1], [100, '0', 0]]);
    expect(data.SecurityGroupRules[0]).toMatchObject({ Status: 'ok', Direction: 'all', Protocol: 'TCP', Type: 'ip', TargetPort: '0' });
    const master = await instanceNamed('db-master');
    const bound = data.BindInterfaces.find((b: Json) => b.InstanceName === 'db-master');
    const nic = master.PrivateNetworkInterface[1];
    expect(bound).toMatchObject({ InstanceId: master.InstanceId, InterfaceId: nic.InterfaceId, IP: nic.IP, PrivateId: nic.PrivateId, NetworkName: 'db-net', Status: 'ok' });
    const one = await get('DescribeSecurityGroupAttribute', { SecurityGroupId: db.SecurityGroupId, RuleId: data.SecurityGroupRules[1].RuleId });
    expect(one.body.Data.SecurityGroupRules).toHaveLength(1);
    expect(statusAndCode(await get('DescribeSecurityGroupAttribute', { SecurityGroupId: GONE_ID }))).toEqual([400, 'SecurityGroupNotFound']);
    expect(statusAndCode(await get('DescribeSecurityGroupAttribute', { SecurityGroupId: 'x' }))).toEqual([400, 'InvalidSecurityGroupId.Malformed']);
  });

  it('drops an interface from its group when its instance is deleted', async () => {
    const web = await groupNamed('web-公网防护');
    const web01 = await instanceNamed('web-01');
    await waitForTask(env.client, (await post('DeleteInstance', { InstanceIds: [web01.InstanceId] })).body.TaskId);
    expect((await groupNamed('web-公网防护')).BindInstanceCount).toBe(7);
    expect((await attribute(web.SecurityGroupId)).BindInterfaces.map((b: Json) => b.InstanceName)).not.toContain('web-01');
  });
});

describe('create, modify and delete', () => {
  it('creates at once (empty TaskId), renames, and deletes an unbound group', async () => {
    const r = await post('CreateSecurityGroup', { SecurityGroupName: 'new-group', Description: 'd', SecurityGroupType: 'private' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ Code: 'Success', Data: {}, TaskId: '' });
    const created = await groupNamed('new-group');
    expect(created).toMatchObject({ SecurityGroupType: 'private', BindInstanceCount: 0, Description: 'd' });
    expect((await post('ModifySecurityGroupAttribute', { SecurityGroupId: created.SecurityGroupId, SecurityGroupName: 'renamed', Description: 'new words' })).body.TaskId).toBe('');
    expect(await attribute(created.SecurityGroupId)).toMatchObject({ SecurityGroupName: 'renamed', Description: 'new words' });
    const del = await get('DeleteSecurityGroup', { SecurityGroupId: created.SecurityGroupId });
    expect(del.body).toMatchObject({ Code: 'Success', TaskId: '' });
    expect(await groups({ SecurityGroupId: created.SecurityGroupId })).toEqual([]);
    expect(statusAndCode(await get('DeleteSecurityGroup', { SecurityGroupId: created.SecurityGroupId }))).toEqual([400, 'SecurityGroupNotFound']);
    expect(statusAndCode(await post('CreateSecurityGroup', { SecurityGroupName: ' ', Description: 'd', SecurityGroupType: 'public' }))).toEqual([400, 'InvalidParameter']);
  });

  it('refuses to delete a bound group and says why; force delete unbinds everyone, then the group goes', async () => {
    const web = await groupNamed('web-公网防护');
    const refused = await get('DeleteSecurityGroup', { SecurityGroupId: web.SecurityGroupId });
    expect(statusAndCode(refused)).toEqual([403, 'IncorrectSecurityGroupStatus']);
    expect(refused.body.Message).toMatch(/bound to 8 interface\(s\) of 8 instance\(s\).*force delete/);
    const force = await get('ForceDeleteSecurityGroup', { SecurityGroupId: web.SecurityGroupId });
    expectTaskAnswer(cdsCcsSecurityGroups.ForceDeleteSecurityGroup, force);
    const during = await attribute(web.SecurityGroupId);
    expect(during.Status).toBe('deleting');
    expect(new Set(during.BindInterfaces.map((b: Json) => b.Status))).toEqual(new Set(['unbinding']));
    expect(statusAndCode(await post('AddSecurityGroupRule', { ...RULE, SecurityGroupId: web.SecurityGroupId }))).toEqual([403, 'IncorrectSecurityGroupStatus']);
    expect(await finish(force)).toMatchObject({ Status: 'FINISH', TaskType: 'forceDeleteSecurityGroup', ResourceId: web.SecurityGroupId });
    expect(await groups({ SecurityGroupId: web.SecurityGroupId })).toEqual([]);
    // The interfaces are free: another group can take them.
    const empty = await groupNamed('测试-空组');
    const web02 = await instanceNamed('web-02');
    await finish(await post('JoinSecurityGroup', { SecurityGroupId: empty.SecurityGroupId, BindData: [{ InstanceId: web02.InstanceId }] }));
    expect((await groupNamed('测试-空组')).BindInstanceCount).toBe(1);
  });

  it('keeps at most 50 groups', async () => {
    for (let i = 0; i < 45; i++) await post('CreateSecurityGroup', { SecurityGroupName: `g${i}`, Description: 'd', SecurityGroupType: 'public' });
    expect(statusAndCode(await post('CreateSecurityGroup', { SecurityGroupName: 'over', Description: 'd', SecurityGroupType: 'public' }))).toEqual([400, 'QuotaExceed.SecurityGroup']);
  });
});

describe('rules', () => {
  it('adds a rule ("creating" until FINISH), changes its description at once, re-orders, removes', async () => {
    const empty = await groupNamed('测试-空组');
    const id = empty.SecurityGroupId;
    const add = await post('AddSecurityGroupRule', { ...RULE, SecurityGroupId: id });
    expectTaskAnswer(cdsCcsSecurityGroups.AddSecurityGroupRule, add);
    expect((await attribute(id)).SecurityGroupRules[0]).toMatchObject({ Status: 'creating', LocalPort: '22', Priority: 5, Action: 1 });
    const added = await finish(add);
    const ruleId = added.ResourceIds[1];
    expect((await attribute(id)).SecurityGroupRules[0]).toMatchObject({ RuleId: ruleId, Status: 'ok', TargetAddress: '10.0.0.0/8' });
    await finish(await post('AddSecurityGroupRule', { ...RULE, SecurityGroupId: id, Protocol: 'ICMP', TargetPort: undefined, LocalPort: undefined, Priority: '1', Description: 'ping' }));
    const icmp = (await attribute(id)).SecurityGroupRules[0];
    expect(icmp).toMatchObject({ Protocol: 'ICMP', Priority: 1, LocalPort: '', TargetPort: '' });

    expect((await post('ModifySecurityGroupRule', { SecurityGroupId: id, RuleId: ruleId, Description: 'ssh from lan' })).body.TaskId).toBe('');
    const pri = await post('ModifySecurityGroupRulePriority', { SecurityGroupId: id, BindData: [{ RuleId: ruleId, Priority: 1 }, { RuleId: icmp.RuleId, Priority: 2 }] });
    expectTaskAnswer(cdsCcsSecurityGroups.ModifySecurityGroupRulePriority, pri);
    expect((await attribute(id)).SecurityGroupRules.map((r: Json) => r.Status)).toEqual(['updating', 'updating']);
    await finish(pri);
    expect((await attribute(id)).SecurityGroupRules.map((r: Json) => [r.Description, r.Priority])).toEqual([['ssh from lan', 1], ['ping', 2]]);

    const remove = await post('RemoveSecurityGroupRule', { SecurityGroupId: id, RuleIds: [ruleId, icmp.RuleId] });
    expectTaskAnswer(cdsCcsSecurityGroups.RemoveSecurityGroupRule, remove);
    expect((await attribute(id)).SecurityGroupRules.map((r: Json) => r.Status)).toEqual(['deleting', 'deleting']);
    await finish(remove);
    expect((await attribute(id)).SecurityGroupRuleCount).toBe(0);
  });

  it('answers errors for rules: duplicates, unknown or busy rules, repeated ids, bad input', async () => {
    const web = await groupNamed('web-公网防护');
    const id = web.SecurityGroupId;
    const dup = await post('AddSecurityGroupRule', { ...RULE, SecurityGroupId: id, LocalPort: '443', TargetAddress: '0.0.0.0/0', Priority: '50' });
    expect(statusAndCode(dup)).toEqual([400, 'InvalidSecurityGroupRule.Duplicated']);
    expect(dup.body.Message).toMatch(/priority 20/);
    const cases: [Record<string, unknown>, string][] = [
      [{ TargetAddress: '10.0.0.0/40' }, 'InvalidParameter'],
      [{ LocalPort: '90-80' }, 'InvalidParameter'],
      [{ Protocol: 'ICMP' }, 'InvalidParameter'],
      [{ Direction: 'in' }, 'InvalidParameter'],
      [{ SecurityGroupId: 'x' }, 'InvalidSecurityGroupId.Malformed'],
      [{ SecurityGroupId: GONE_ID }, 'SecurityGroupNotFound'],
    ];
    for (const [change, code] of cases) expect(statusAndCode(await post('AddSecurityGroupRule', { ...RULE, SecurityGroupId: id, ...change })), code).toEqual([400, code]);
    const rule = (await attribute(id)).SecurityGroupRules[0].RuleId;
    expect(statusAndCode(await post('RemoveSecurityGroupRule', { SecurityGroupId: id, RuleIds: [GONE_ID] }))).toEqual([400, 'RuleNotFound']);
    expect(statusAndCode(await post('RemoveSecurityGroupRule', { SecurityGroupId: id, RuleIds: ['r1'] }))).toEqual([400, 'InvalidRuleId.Malformed']);
    expect(statusAndCode(await post('RemoveSecurityGroupRule', { SecurityGroupId: id, RuleIds: [rule, rule] }))).toEqual([400, 'InvalidParameter']);
    expect(statusAndCode(await post('ModifySecurityGroupRule', { SecurityGroupId: id, RuleId: GONE_ID, Description: 'x' }))).toEqual([400, 'RuleNotFound']);
    expect(statusAndCode(await post('ModifySecurityGroupRulePriority', { SecurityGroupId: id, BindData: [{ RuleId: rule, Priority: 101 }] }))).toEqual([400, 'InvalidParameter']);
    await post('RemoveSecurityGroupRule', { SecurityGroupId: id, RuleIds: [rule] });
    expect(statusAndCode(await post('ModifySecurityGroupRule', { SecurityGroupId: id, RuleId: rule, Description: 'x' }))).toEqual([403, 'IncorrectSecurityGroupStatus']);
    expect(statusAndCode(await get('DeleteSecurityGroup', { SecurityGroupId: (await groupNamed('测试-空组')).SecurityGroupId }))).toEqual([200, 'Success']);
  });
});

describe('JoinSecurityGroup and LeaveSecurityGroup', () => {
  it('binds an instance\'s interface of the group\'s kind at FINISH, and unbinds it', async () => {
    const db = await groupNamed('db-内网');
    const k8s = await instanceNamed('k8s-node-01');
    const nic = k8s.PrivateNetworkInterface[0];
    const join = await post('JoinSecurityGroup', { SecurityGroupId: db.SecurityGroupId, BindData: [{ InstanceId: k8s.InstanceId, PrivateId: nic.PrivateId }] });
    expectTaskAnswer(cdsCcsSecurityGroups.JoinSecurityGroup, join);
    const binding = (await attribute(db.SecurityGroupId)).BindInterfaces.find((b: Json) => b.InstanceId === k8s.InstanceId);
    expect(binding).toMatchObject({ Status: 'binding', InterfaceId: nic.InterfaceId, IP: nic.IP });
    expect(await finish(join)).toMatchObject({ TaskType: 'joinSecurityGroup', ResourceIds: [db.SecurityGroupId, k8s.InstanceId] });
    expect((await groupNamed('db-内网')).BindInstanceCount).toBe(4);
    const leave = await post('LeaveSecurityGroup', { SecurityGroupId: db.SecurityGroupId, BindData: [{ InstanceId: k8s.InstanceId }] });
    expectTaskAnswer(cdsCcsSecurityGroups.LeaveSecurityGroup, leave);
    expect((await attribute(db.SecurityGroupId)).BindInterfaces.find((b: Json) => b.InstanceId === k8s.InstanceId).Status).toBe('unbinding');
    await finish(leave);
    expect((await groupNamed('db-内网')).BindInstanceCount).toBe(3);
  });

  it('refuses what the cloud would: another group\'s interface, the wrong kind, no such interface, bad ids, a broken instance', async () => {
    const empty = await groupNamed('测试-空组');
    const db = await groupNamed('db-内网');
    const web01 = await instanceNamed('web-01');
    const k8s = await instanceNamed('k8s-node-01');
    const broken = await instanceNamed('gitlab-runner');
    const join = (groupId: string, entry: Record<string, unknown>) => post('JoinSecurityGroup', { SecurityGroupId: groupId, BindData: [entry] });
    const bound = await join(empty.SecurityGroupId, { InstanceId: web01.InstanceId });
    expect(statusAndCode(bound)).toEqual([403, 'OperationDenied.InterfaceBound']);
    expect(bound.body.Message).toMatch(/in security group web-公网防护: leave it first/);
    expect(statusAndCode(await join(empty.SecurityGroupId, { InstanceId: k8s.InstanceId }))).toEqual([400, 'InterfaceNotFound']);
    expect(statusAndCode(await join(empty.SecurityGroupId, { InstanceId: web01.InstanceId, PrivateId: web01.PrivateNetworkInterface[0].PrivateId }))).toEqual([403, 'OperationDenied.SecurityGroupType']);
    expect(statusAndCode(await join(db.SecurityGroupId, { InstanceId: k8s.InstanceId, PrivateId: 'eth1' }))).toEqual([400, 'InvalidInterfaceID.Malformed']);
    expect(statusAndCode(await join(db.SecurityGroupId, { InstanceId: k8s.InstanceId, PrivateId: GONE_ID }))).toEqual([400, 'InterfaceNotFound']);
    expect(statusAndCode(await join(db.SecurityGroupId, { InstanceId: 'i-1' }))).toEqual([400, 'InvalidInstanceID.Malformed']);
    expect(statusAndCode(await join(db.SecurityGroupId, { InstanceId: GONE_ID }))).toEqual([400, 'InstanceNotFound']);
    expect(statusAndCode(await join(db.SecurityGroupId, { InstanceId: broken.InstanceId }))).toEqual([403, 'IncorrectInstanceStatus']);
    expect(statusAndCode(await post('JoinSecurityGroup', { SecurityGroupId: db.SecurityGroupId, BindData: [{ InstanceId: k8s.InstanceId }, { InstanceId: k8s.InstanceId }] }))).toEqual([400, 'InvalidParameter']);
    expect(statusAndCode(await post('JoinSecurityGroup', { SecurityGroupId: db.SecurityGroupId, BindData: [] }))).toEqual([400, 'InvalidParameter']);
    const leave = await post('LeaveSecurityGroup', { SecurityGroupId: db.SecurityGroupId, BindData: [{ InstanceId: k8s.InstanceId }] });
    expect(statusAndCode(leave)).toEqual([400, 'BindingNotFound']);
    expect((await groupNamed('db-内网')).BindInstanceCount).toBe(3);
  });
});
