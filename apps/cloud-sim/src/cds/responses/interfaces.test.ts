import { cdsCcsInstanceOps } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { waitForTask, type Json } from '../../testing/client';
import { expectTaskAnswer, GONE_ID, opsSimulator, statusAndCode } from '../../testing/instances';

const env = opsSimulator();

const post = (action: string, body: Record<string, unknown>) => env.client.post('/ccs', action, body);
const vdcOf = async (i: Json) => (await env.client.get('/network', 'DescribeVdc', { VdcId: i.VdcId })).body.Data[0];
const withPublic = (i: Json) => Boolean(i.PublicNetworkInterface[0]?.IP);

/** An address of the instance's first private network no instance uses. */
async function freePrivateIp(i: Json) {
  const nic = i.PrivateNetworkInterface[0];
  const used = new Set((await env.look.instances({ VdcId: i.VdcId })).flatMap((x) => x.PrivateNetworkInterface.map((n: Json) => n.IP)));
  const prefix = nic.IP.split('.').slice(0, 3).join('.');
  for (let n = 254; n > 1; n--) if (!used.has(`${prefix}.${n}`)) return `${prefix}.${n}`;
  throw new Error('no free address');
}

describe('ModifyIpAddress', () => {
  it('changes a private address: the new one reserved at once, the old one free when the task ends', async () => {
    const target = await env.look.find('running', (i) => i.PrivateNetworkInterface.length > 0);
    const nic = target.PrivateNetworkInterface[0];
    const unused = async () => (await vdcOf(target)).PrivateNetwork.find((p: Json) => p.PrivateId === nic.PrivateId).UnuseIpNum;
    const before = await unused();
    const ip = await freePrivateIp(target);
    const r = await post('ModifyIpAddress', { InstanceId: target.InstanceId, InterfaceId: nic.InterfaceId, Address: ip });
    expectTaskAnswer(cdsCcsInstanceOps.ModifyIpAddress, r);
    expect((await env.look.instance(target.InstanceId)).InstanceStatus).toBe('updating');
    expect(await unused()).toBe(before - 1);
    const { answer } = await waitForTask(env.client, r.body.TaskId);
    expect(answer.Data).toMatchObject({ TaskType: 'modifyIpAddress', ResourceIds: [target.InstanceId, nic.InterfaceId] });
    const after = await env.look.instance(target.InstanceId);
    expect(after.InstanceStatus).toBe('running');
    expect(after.PrivateNetworkInterface[0]).toEqual({ ...nic, IP: ip });
    expect(await unused()).toBe(before);
  });

  it('unbinds a public address with "None" and binds a free one again', async () => {
    const target = await env.look.find('running', withPublic);
    const nic = target.PublicNetworkInterface[0];
    const unused = async () => (await vdcOf(target)).PublicNetwork[0].UnuseIpNum;
    const before = await unused();
    const r = await post('ModifyIpAddress', { InstanceId: target.InstanceId, InterfaceId: nic.InterfaceId, Address: 'None' });
    expectTaskAnswer(cdsCcsInstanceOps.ModifyIpAddress, r);
    await waitForTask(env.client, r.body.TaskId);
    expect((await env.look.instance(target.InstanceId)).PublicNetworkInterface).toEqual([{ ...nic, IP: '' }]);
    expect(await unused()).toBe(before + 1);
    expect(await env.look.instances({ PublicIp: nic.IP })).toEqual([]);
    const again = await post('ModifyIpAddress', { InstanceId: target.InstanceId, InterfaceId: nic.InterfaceId, Address: nic.IP });
    await waitForTask(env.client, again.body.TaskId);
    expect((await env.look.instance(target.InstanceId)).PublicNetworkInterface[0]?.IP).toBe(nic.IP);
    expect(await unused()).toBe(before);
  });

  it('answers the documented errors', async () => {
    const target = await env.look.find('running', (i) => withPublic(i) && i.PrivateNetworkInterface.length > 0);
    const neighbour = (await env.look.instances({ VdcId: target.VdcId })).find((i) => i.InstanceId !== target.InstanceId && i.PrivateNetworkInterface.length > 0)!;
    const errored = await env.look.find('error');
    const pub = target.PublicNetworkInterface[0]?.InterfaceId;
    const priv = target.PrivateNetworkInterface[0].InterfaceId;
    const cases: [Record<string, unknown>, number, string][] = [
      [{ InterfaceId: priv, Address: neighbour.PrivateNetworkInterface[0].IP }, 400, 'InvalidPrivateIpAddress.Duplicated'],
      [{ InterfaceId: priv, Address: target.PrivateNetworkInterface[0].IP }, 400, 'InvalidPrivateIpAddress.Duplicated'],
      [{ InterfaceId: pub, Address: '8.8.8.8' }, 403, 'InvalidIp.Address'],
      [{ InterfaceId: priv, Address: target.PublicNetworkInterface[0]?.IP }, 403, 'InvalidIp.Address'],
      [{ InterfaceId: 'eth0', Address: 'None' }, 400, 'InvalidInterfaceID.Malformed'],
      [{ InterfaceId: neighbour.PrivateNetworkInterface[0].InterfaceId, Address: 'None' }, 400, 'InterfaceNotFound'],
      [{ InterfaceId: priv, Address: '10.0.0' }, 400, 'InvalidParameter'],
      [{ InstanceId: errored.InstanceId, InterfaceId: priv, Address: 'None' }, 403, 'IncorrectInstanceStatus'],
      [{ InstanceId: GONE_ID, InterfaceId: priv, Address: 'None' }, 400, 'InstanceNotFound'],
      [{ InstanceId: 'vm-1', InterfaceId: priv, Address: 'None' }, 400, 'InvalidInstanceID.Malformed'],
    ];
    for (const [body, status, code] of cases) {
      expect(statusAndCode(await post('ModifyIpAddress', { InstanceId: target.InstanceId, ...body })), JSON.stringify(body)).toEqual([status, code]);
    }
    expect(await env.look.instance(target.InstanceId)).toEqual(target);
  });
});

describe('DisconnectNetworkInterface and ConnectNetworkInterface', () => {
  it('disconnects an interface (Connected 0) and connects it again (Connected 1)', async () => {
    const target = await env.look.find('stop', (i) => i.PrivateNetworkInterface.length > 0);
    const nic = target.PrivateNetworkInterface[0];
    const off = await post('DisconnectNetworkInterface', { InstanceId: target.InstanceId, InterfaceId: nic.InterfaceId });
    expectTaskAnswer(cdsCcsInstanceOps.DisconnectNetworkInterface, off);
    expect((await env.look.instance(target.InstanceId)).InstanceStatus).toBe('updating');
    expect((await waitForTask(env.client, off.body.TaskId)).answer.Data.TaskType).toBe('disconnectNetworkInterface');
    expect(await env.look.instance(target.InstanceId)).toMatchObject({ InstanceStatus: 'stop', PrivateNetworkInterface: [{ ...nic, Connected: 0 }] });

    const on = await post('ConnectNetworkInterface', { InstanceId: target.InstanceId, InterfaceId: nic.InterfaceId });
    expectTaskAnswer(cdsCcsInstanceOps.ConnectNetworkInterface, on);
    expect((await waitForTask(env.client, on.body.TaskId)).answer.Data.TaskType).toBe('connectNetworkInterface');
    expect(await env.look.instance(target.InstanceId)).toMatchObject({ InstanceStatus: 'stop', PrivateNetworkInterface: [{ ...nic, Connected: 1 }] });
  });

  it('answers the documented errors', async () => {
    const target = await env.look.find('running', withPublic);
    const other = await env.look.find('running', (i) => i.InstanceId !== target.InstanceId && withPublic(i));
    const errored = await env.look.find('error');
    const pub = target.PublicNetworkInterface[0]?.InterfaceId;
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['ConnectNetworkInterface', { InterfaceId: pub }, 403, 'IncorrectInstanceStatus'],
      ['ConnectNetworkInterface', { InterfaceId: 'eth0' }, 400, 'InvalidInterfaceID.Malformed'],
      ['DisconnectNetworkInterface', { InterfaceId: other.PublicNetworkInterface[0]?.InterfaceId }, 400, 'InterfaceNotFound'],
      ['DisconnectNetworkInterface', { InterfaceId: 'eth0' }, 400, 'InvalidInterfaceID.Malformed'],
      ['DisconnectNetworkInterface', { InstanceId: errored.InstanceId, InterfaceId: pub }, 403, 'IncorrectInstanceStatus'],
      ['DisconnectNetworkInterface', { InstanceId: GONE_ID, InterfaceId: pub }, 400, 'InstanceNotFound'],
      ['DisconnectNetworkInterface', { InterfaceId: undefined }, 400, 'MissingParameter'],
    ];
    for (const [action, body, status, code] of cases) {
      expect(statusAndCode(await post(action, { InstanceId: target.InstanceId, ...body })), `${action} ${JSON.stringify(body)}`).toEqual([status, code]);
    }
    const off = await post('DisconnectNetworkInterface', { InstanceId: target.InstanceId, InterfaceId: pub });
    await waitForTask(env.client, off.body.TaskId);
    const twice = await post('DisconnectNetworkInterface', { InstanceId: target.InstanceId, InterfaceId: pub });
    expect(statusAndCode(twice)).toEqual([403, 'IncorrectInstanceStatus']);
  });
});
