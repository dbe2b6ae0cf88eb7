import { CDS_BANDWIDTH_TYPES, CDS_INSTANCE_TYPES, cdsCcsCommon } from '@console/api-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../index';
import { cdsClient, startTestSim, type CdsClient } from '../../testing/client';
import { PUBLIC_TEMPLATES } from '../models/goods';

let sim: Simulator;
let client: CdsClient;
beforeAll(async () => {
  sim = await startTestSim();
  client = cdsClient(sim);
});
afterAll(async () => sim?.close());

describe('DescribeAvailableResource', () => {
  it("answers what Beijing sells, with the account's private images there", async () => {
    const r = await client.get('/ccs', 'DescribeAvailableResource', { RegionId: 'CN_Beijing_A', AvailableResource: '1' });
    expect(r.status).toBe(200);
    expect(cdsCcsCommon.DescribeAvailableResource.output.safeParse(r.body).success).toBe(true);
    const data = r.body.Data;
    expect(data).toMatchObject({ RegionId: 'CN_Beijing_A', RegionName: '北京1' });
    const types = data.InstanceGoods.map((g: { InstanceType: string }) => g.InstanceType);
    expect(types).toContain('Standard');
    for (const t of types) expect(CDS_INSTANCE_TYPES).toContain(t);
    for (const good of data.InstanceGoods) {
      expect(good.ImageGoods.PublicImage.map((i: { ImageId: string }) => i.ImageId)).toEqual(PUBLIC_TEMPLATES.map((t) => t.ImageId));
      expect(good.ImageGoods.PublicImage).toContainEqual({ ImageId: 'Centos_7.4_64', GicDisplayName: expect.any(String), ImageType: 'centos' });
      expect(good.ImageGoods.PrivateImages).toHaveLength(2);
      expect(good.DiskGoods.map((d: { Type: string }) => d.Type)).toEqual(['ssd_disk', 'high_disk', 'big_disk']);
      expect(good.DiskGoods).toContainEqual({ Type: 'big_disk', MinSize: 50, MaxSize: 4000, Step: 50 });
    }
    expect(PUBLIC_TEMPLATES).toHaveLength(30);
    for (const w of data.WanGoods) {
      expect(CDS_BANDWIDTH_TYPES).toContain(w.Type);
      for (const b of w.BillingMethod) expect(b).toEqual({ Key: expect.stringMatching(/^(Bandwidth|Traffic|DataPackage|Bandwidth_95)$/), MaxQos: expect.any(Number) });
    }
  });

  it('answers for any region of appendix 1, with no private images where the account has none', async () => {
    const r = await client.get('/ccs', 'DescribeAvailableResource', { RegionId: 'CN_Wuxi_A' });
    expect(r.status).toBe(200);
    expect(r.body.Data.RegionName).toBe('无锡1');
    expect(r.body.Data.InstanceGoods[0].ImageGoods.PrivateImages).toEqual([]);
    const sg = await client.get('/ccs', 'DescribeAvailableResource', { RegionId: 'APAC_Singapore_A' });
    expect(sg.body.Data.InstanceGoods[0].DiskGoods.map((d: { Type: string }) => d.Type)).not.toContain('big_disk');
  });

  it('answers MissingParameter and InvalidRegionID.Malformed', async () => {
    const missing = await client.get('/ccs', 'DescribeAvailableResource');
    expect([missing.status, missing.body.Code]).toEqual([400, 'MissingParameter']);
    expect(missing.body.Message).toContain('"RegionId"');
    for (const RegionId of ['beijing', 'CN_Atlantis_A']) {
      const r = await client.get('/ccs', 'DescribeAvailableResource', { RegionId });
      expect([r.status, r.body.Code]).toEqual([400, 'InvalidRegionID.Malformed']);
    }
  });
});

describe('DescribeTask', () => {
  it('answers InvalidTaskID.Malformed for an unknown task and MissingParameter without one', async () => {
    const r = await client.get('/ccs', 'DescribeTask', { TaskId: '12345' });
    expect([r.status, r.body.Code]).toEqual([400, 'InvalidTaskID.Malformed']);
    const missing = await client.get('/ccs', 'DescribeTask');
    expect([missing.status, missing.body.Code]).toEqual([400, 'MissingParameter']);
  });

  it("does not show one account's task to another", async () => {
    const vdc = (await client.get('/network', 'DescribeVdc')).body.Data[0];
    const created = await client.post('/ccs', 'CreateInstance', { RegionId: vdc.RegionId, VdcId: vdc.VdcId, Password: 'Str0ng!Pass' });
    expect(created.status).toBe(200);
    const mine = await client.get('/ccs', 'DescribeTask', { TaskId: created.body.TaskId });
    expect(mine.status).toBe(200);
    expect(cdsCcsCommon.DescribeTask.output.safeParse(mine.body).success).toBe(true);
    const other = { accessKeyId: 'AKOTHER000000000000001', secret: 'SKother-secret' };
    sim.world.addAccount(other.accessKeyId, other.secret);
    const theirs = await cdsClient(sim, other).get('/ccs', 'DescribeTask', { TaskId: created.body.TaskId });
    expect([theirs.status, theirs.body.Code]).toEqual([400, 'InvalidTaskID.Malformed']);
    const theirInstances = await cdsClient(sim, other).post('/ccs', 'DescribeInstances', {});
    expect(theirInstances.body.Data).toMatchObject({ Instances: [], TotalCount: 0 });
  });
});
