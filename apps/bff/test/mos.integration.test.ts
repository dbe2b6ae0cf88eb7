import { MOS_DEMO_KEY } from '@console/cloud-sim';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

/**
 * Every MOS action through the BFF against the simulator's MOS API: a success and a documented
 * error each, once with JSON answers and once with XML answers (MOS_RESPONSE_FORMAT), which must
 * normalize to the same data. The account is added through /api/accounts like an admin would.
 */
type Item = Record<string, any>;
const HOUR = 3_600_000;

describe.each(['json', 'xml'] as const)('MOS through the BFF, %s answers', (format) => {
  let h: Harness;
  let accountId: string;
  const asked = new Set<string>();
  beforeAll(async () => {
    // Every upstream call's Format, to see the BFF asks for what it was configured to.
    const spy: typeof fetch = (url, init) => {
      if (typeof init?.body === 'string') asked.add(new URLSearchParams(init.body).get('Format') ?? '(none)');
      return fetch(url, init);
    };
    h = await startHarness({
      taskMs: 100,
      // MOS_ENDPOINT & co. seed the MOS account "Default (environment)", as npm start does.
      bff: (sim) => ({ mosFormat: format, mos: { endpoint: `${sim.mos.url}/mcs/v1`, region: 'Beijing', accessKeyId: MOS_DEMO_KEY.accessKeyId, secret: MOS_DEMO_KEY.secret } }),
      fetchImpl: spy,
    });
    const r = await h.call('/api/accounts', {
      provider: 'mos',
      name: 'MOS sim',
      accessKeyId: MOS_DEMO_KEY.accessKeyId,
      secret: MOS_DEMO_KEY.secret,
      endpointUrl: `${h.sim.mos.url}/mcs/v1`,
      region: 'Beijing',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    accountId = r.body.account.id;
  }, 60_000);
  beforeEach(() => h.sim.reset());
  afterAll(async () => h?.close());

  const mos = (action: string, body: Record<string, unknown> = {}, account = accountId) =>
    h.call(`/api/actions/mos/mcs/${action}?account=${account}`, body);
  const ok = async (action: string, body: Record<string, unknown> = {}) => {
    const r = await mos(action, body);
    expect(r.status, `${action}: ${JSON.stringify(r.body)}`).toBe(200);
    return r.body.data;
  };
  const fails = async (action: string, body: Record<string, unknown>, httpStatus: number, code: string, account = accountId) => {
    const r = await mos(action, body, account);
    expect(r.status, `${action}: ${JSON.stringify(r.body)}`).toBe(httpStatus);
    expect(r.body).toMatchObject({ code, httpStatus, message: expect.any(String), requestId: expect.any(String) });
    return r.body;
  };
  const settled = async (id: string) => {
    for (let i = 0; i < 100; i++) {
      const { status } = await ok('DescribeInstanceStatus', { InstanceId: id });
      if (['running', 'ready', 'suspend'].includes(status)) return status as string;
      await new Promise((r) => setTimeout(r, 30));
    }
    throw new Error(`${id} never settled`);
  };
  const addAccount = async (name: string, over: Record<string, unknown>) =>
    (await h.call('/api/accounts', { provider: 'mos', name, accessKeyId: MOS_DEMO_KEY.accessKeyId, secret: MOS_DEMO_KEY.secret, endpointUrl: `${h.sim.mos.url}/mcs/v1`, ...over })).body.account.id as string;

  describe('accounts', () => {
    it('the environment’s MOS account is seeded, and a call without ?account= uses the first MOS account', async () => {
      const list = (await h.call('/api/accounts')).body.items as Item[];
      expect(list.filter((a) => a.provider === 'mos').map((a) => [a.name, a.region, a.createdBy])).toEqual([
        ['Default (environment)', 'Beijing', 'environment'],
        ['MOS sim', 'Beijing', 'admin'],
      ]);
      const r = await h.call('/api/actions/mos/mcs/GetBalance', {});
      expect(r.body).toMatchObject({ data: { balance: 1286.5 } });
    });

    it('a MOS account keeps its endpoint and region, and its test connection calls GetBalance', async () => {
      const list = (await h.call('/api/accounts')).body.items as Item[];
      expect(list.find((a) => a.id === accountId)).toMatchObject({ provider: 'mos', endpointArea: 'custom', endpointUrl: `${h.sim.mos.url}/mcs/v1`, region: 'Beijing', secretHint: '****0001' });
      expect(JSON.stringify(list)).not.toContain(MOS_DEMO_KEY.secret);
      const tested = await h.call(`/api/accounts/${accountId}/test`, {});
      expect(tested.body).toEqual({ ok: true, message: 'The key works: a signed GetBalance succeeded' });
      const audit = (await h.call(`/api/audit?action=TestCloudAccount&pageSize=50`)).body.items as Item[];
      expect(audit.some((e) => e.params?.id === accountId && e.outcome === 'success')).toBe(true);
      const wrong = await addAccount(`wrong secret ${format}`, { secret: 'not-the-secret' });
      expect((await h.call(`/api/accounts/${wrong}/test`, {})).body).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch', upstream: { httpStatus: 403 } });
      const noUrl = await h.call('/api/accounts', { provider: 'mos', name: 'x', accessKeyId: 'a', secret: 'b' });
      expect(noUrl.status).toBe(400);
      expect(JSON.stringify(noUrl.body)).toContain('endpoint URL');
    });
  });

  describe('reads', () => {
    it('DescribeTemplates; an unknown key is AuthFailure', async () => {
      const templates = await ok('DescribeTemplates');
      expect(templates.length).toBeGreaterThan(1);
      expect(templates[0]).toMatchObject({ id: expect.any(String), name: expect.any(String), status: 'active', sizeBytes: expect.any(Number) });
      await fails('DescribeTemplates', {}, 403, 'AuthFailure', await addAccount(`unknown key ${format}`, { accessKeyId: 'MOSNOBODY' }));
    });

    it('DescribeInstanceTypes with a name filter and paging; a wrong secret is SignatureDoesNotMatch', async () => {
      const page = await ok('DescribeInstanceTypes', { Limit: 2, Offset: 1, Filters: [{ Name: 'name', Values: ['*medium*', 'large'] }] });
      expect(page).toMatchObject({ total: 3, limit: 2, offset: 1 });
      expect(page.items.map((t: Item) => t.name)).toEqual(['medium_net', 'large']);
      await fails('DescribeInstanceTypes', {}, 403, 'SignatureDoesNotMatch', await addAccount(`bad secret ${format}`, { secret: 'nope' }));
    });

    it('GetBalance; an endpoint path the API is not at is InvalidPath', async () => {
      expect(await ok('GetBalance')).toEqual({ balance: 1286.5, updatedAt: expect.stringMatching(/Z$/) });
      await fails('GetBalance', {}, 404, 'InvalidPath', await addAccount(`bad path ${format}`, { endpointUrl: `${h.sim.mos.url}/v2` }));
    });

    it('DescribeInstances by status and name, paged; a CDS account is the wrong account', async () => {
      const running = await ok('DescribeInstances', { Filters: [{ Name: 'status', Values: ['running'] }], Limit: 2, Offset: 0 });
      expect(running).toMatchObject({ total: 6, limit: 2, offset: 0 });
      expect(running.items.every((i: Item) => i.status === 'running' && i.ipAddresses.length === 2)).toBe(true);
      const one = await ok('DescribeInstances', { Filters: [{ Name: 'name', Values: ['web-01'] }] });
      expect(one.items).toEqual([expect.objectContaining({ name: 'web-01', status: 'running', instanceType: 'medium_net', cpu: 2, memoryMb: 4096 })]);
      const cds = ((await h.call('/api/accounts')).body.items as Item[]).find((a) => a.provider === 'cds')!;
      await fails('DescribeInstances', {}, 400, 'WrongCloudAccount', cds.id);
    });

    it.each([
      ['DescribeInstanceStatus', (d: any) => expect(d).toEqual({ status: 'running' })],
      ['DescribeInstanceVolumes', (d: any) => expect(d).toEqual([expect.objectContaining({ index: 0, instanceName: 'web-01' }), expect.objectContaining({ index: 1, sizeMb: 40960 })])],
      ['DescribeInstanceNetworkInterfaces', (d: any) => expect(d.map((n: Item) => n.networkName)).toEqual(['public', 'private'])],
      ['GetPasswordData', (d: any) => expect(d).toMatchObject({ account: 'ubuntu', keyPairName: 'alice-laptop', passwordData: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) })],
      ['GetInstanceContractInfo', (d: any) => expect(Date.parse(d.extendTo) - Date.parse(d.expireAt)).toBe(72 * HOUR)],
      ['GetInstanceMetadata', (d: any) => expect(d).toEqual({ os_name: 'Linux', os_distribution: 'Ubuntu', os_version: '22.04' })],
    ])('%s of web-01; an unknown instance is InvalidInstanceID.NotFound', async (action, check) => {
      check(await ok(action, { InstanceId: 'web-01' }));
      await fails(action, { InstanceId: 'no-such-instance' }, 400, 'InvalidInstanceID.NotFound');
    });
  });

  describe('key pairs', () => {
    const material = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE4XnLJa3qy+6BLz6UEC1RT0L8D8zJZvOSH2rUuNDSjo me@host';
    it('ImportKeyPair (fingerprinted); a taken name is InvalidKeyPair.Duplicate; bad material is refused', async () => {
      expect(await ok('ImportKeyPair', { KeyName: 'mine', PublicKeyMaterial: material })).toMatchObject({ name: 'mine', fingerprint: '2b:85:3e:42:c7:93:e9:79:6b:d6:7f:64:06:d7:c3:be' });
      await fails('ImportKeyPair', { KeyName: 'mine', PublicKeyMaterial: material }, 400, 'InvalidKeyPair.Duplicate');
      await fails('ImportKeyPair', { KeyName: 'bad', PublicKeyMaterial: 'ssh-rsa AAAAB=== x' }, 400, 'InvalidKey.Format');
      const listed = await ok('DescribeKeyPairs', { Filters: [{ Name: 'name', Values: ['mine'] }] });
      expect(listed).toMatchObject({ total: 1, items: [{ name: 'mine' }] });
    });

    it('DescribeKeyPairs and DeleteKeyPair; a key that is gone is InvalidKeyPair.NotFound', async () => {
      expect((await ok('DescribeKeyPairs')).items.map((k: Item) => k.name)).toEqual(['alice-laptop', 'ci-deploy', 'ops-bastion']);
      expect(await ok('DeleteKeyPair', { KeyName: 'ci-deploy' })).toEqual({ ok: true });
      await fails('DeleteKeyPair', { KeyName: 'ci-deploy' }, 400, 'InvalidKeyPair.NotFound');
    });
  });

  describe('instance lifecycle', () => {
    it('CreateInstance with a key pair is charged and runs; not enough balance is the document’s 406', async () => {
      const before = (await ok('GetBalance')).balance;
      const created = await ok('CreateInstance', { ImageId: 'd1620e45-c561-42e7-a2a4-53ae0a389bb9', InstanceType: 'medium', Duration: '72H', InstanceName: `new-${format}`, KeyName: 'alice-laptop' });
      expect(created).toMatchObject({ name: `new-${format}`, status: 'creating', instanceType: 'medium' });
      expect(await settled(created.id)).toBe('running');
      expect((await ok('GetBalance')).balance).toBeCloseTo(before - 72 * 0.3, 2);
      expect(await ok('GetPasswordData', { InstanceId: created.id })).toMatchObject({ account: 'cirros', keyPairName: 'alice-laptop' });
      const audit = h.audit.entries.filter((e) => e.action === 'CreateInstance' && e.provider === 'mos');
      expect(audit.map((e) => e.outcome)).toEqual(['pending', 'success']);
      expect(audit[1]).toMatchObject({ account: accountId, product: 'mcs' });
      h.sim.mos.world.account(MOS_DEMO_KEY.accessKeyId)!.balance = 5;
      const err = await fails('CreateInstance', { ImageId: 'd1620e45-c561-42e7-a2a4-53ae0a389bb9', InstanceType: 'xlarge' }, 406, '406');
      expect(err.message).toMatch(/^No enough balance/);
    });

    it('StopInstance (Force) and StartInstance; each only from its state (IncorrectInstanceState)', async () => {
      expect(await ok('StopInstance', { InstanceId: 'web-01', Force: true })).toEqual({ ok: true });
      expect((await ok('DescribeInstanceStatus', { InstanceId: 'web-01' })).status).toBe('ready');
      await fails('StopInstance', { InstanceId: 'web-01' }, 400, 'IncorrectInstanceState');
      await ok('StartInstance', { InstanceId: 'web-01' });
      expect(await settled('web-01')).toBe('running');
      await fails('StartInstance', { InstanceId: 'web-01' }, 400, 'IncorrectInstanceState');
      await ok('StopInstance', { InstanceId: 'web-02' });
      expect((await ok('DescribeInstanceStatus', { InstanceId: 'web-02' })).status).toBe('stopping');
      expect(await settled('web-02')).toBe('ready');
    });

    it('RebootInstance; a stopped instance cannot reboot', async () => {
      await ok('RebootInstance', { InstanceId: 'web-01' });
      expect(await settled('web-01')).toBe('running');
      await fails('RebootInstance', { InstanceId: 'batch-worker' }, 400, 'IncorrectInstanceState');
    });

    it('RebuildInstanceRootImage from another template; an unknown template is InvalidImageID.NotFound', async () => {
      const disk = (await ok('DescribeInstanceVolumes', { InstanceId: 'batch-worker' }))[0].id;
      await ok('RebuildInstanceRootImage', { InstanceId: 'batch-worker', ImageId: 'd1620e45-c561-42e7-a2a4-53ae0a389bb9' });
      expect(await settled('batch-worker')).toBe('ready');
      expect((await ok('DescribeInstanceVolumes', { InstanceId: 'batch-worker' }))[0].id).not.toBe(disk);
      expect((await ok('GetPasswordData', { InstanceId: 'batch-worker' })).account).toBe('cirros');
      await fails('RebuildInstanceRootImage', { InstanceId: 'batch-worker', ImageId: 'no-such-image' }, 400, 'InvalidImageID.NotFound');
    });

    it('ChangeInstanceType of a stopped instance; a running one is IncorrectInstanceState', async () => {
      await ok('ChangeInstanceType', { InstanceId: 'win-build', InstanceType: 'xlarge', Duration: '1M' });
      expect(await settled('win-build')).toBe('ready');
      expect((await ok('DescribeInstances', { InstanceNames: ['win-build'] })).items[0]).toMatchObject({ instanceType: 'xlarge', cpu: 8 });
      await fails('ChangeInstanceType', { InstanceId: 'web-01', InstanceType: 'xlarge' }, 400, 'IncorrectInstanceState');
    });

    it('RenewInstance extends the lease by 72H; a Duration over 36M is InvalidParameterValue', async () => {
      const before = await ok('GetInstanceContractInfo', { InstanceId: 'web-02' });
      await ok('RenewInstance', { InstanceId: 'web-02', Duration: '72H' });
      const after = await ok('GetInstanceContractInfo', { InstanceId: 'web-02' });
      expect(Date.parse(after.expireAt) - Date.parse(before.expireAt)).toBe(72 * HOUR);
      await fails('RenewInstance', { InstanceId: 'web-02', Duration: '37M' }, 400, 'InvalidParameterValue');
    });

    it('PutInstanceMetadata (Name.n/Value.n); a key that is not an XML name is InvalidParameterValue', async () => {
      await ok('PutInstanceMetadata', { InstanceId: 'web-01', Names: ['role', 'owner'], Values: ['frontend', '张三'] });
      expect(await ok('GetInstanceMetadata', { InstanceId: 'web-01' })).toMatchObject({ role: 'frontend', owner: '张三' });
      await fails('PutInstanceMetadata', { InstanceId: 'web-01', Names: ['has space'], Values: ['x'] }, 400, 'InvalidParameterValue');
    });

    it('TerminateInstance; an instance that is gone is InvalidInstanceID.NotFound', async () => {
      expect(await ok('TerminateInstance', { InstanceId: 'bastion' })).toEqual({ ok: true });
      await fails('TerminateInstance', { InstanceId: 'bastion' }, 400, 'InvalidInstanceID.NotFound');
      expect([...asked]).toEqual([format]); // every call of this suite asked for this format
      expect((await ok('DescribeInstances', { Filters: [{ Name: 'name', Values: ['bastion'] }] })).total).toBe(0);
    });
  });
});
