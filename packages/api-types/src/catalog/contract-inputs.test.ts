import { describe, it, expect } from 'vitest';
import { entry, expectAccepted, expectRejected } from '../../test/input-check';

/**
 * Input schemas of CDS compute, network and billing: the documented request examples
 * (table example values and code-sample bodies) are accepted; out-of-range values are refused
 * with a message that says what is wrong. Inputs are parsed strictly, as the BFF does.
 */

describe('inputs: CDS compute', () => {
  it('CreateInstance: the table example is accepted; Cpu 3, Ram 5, Amount 0 and 100 are refused', () => {
    const a = entry('cds', 'ccs', 'CreateInstance');
    const doc = {
      RegionId: 'CN_Beijing_A',
      VdcId: '773f14c2-c8bc-4f66-acd7-ec34d3bfde7d',
      Password: 'EcsV587!',
      InstanceName: 'shouduzaixhost',
      AssignCCSId: 1,
      InstanceChargeType: 'PostPaid',
      AutoRenew: 1,
      PrepaidMonth: 0,
      Cpu: 4,
      Ram: 8,
      InstanceType: 'Standard',
      ImageId: 'bbf63749-0186-4c68-8adc-9bf584bc1376',
      DataDisks: [
        { Size: 100, Type: 'ssd_disk' },
        { Size: 50, Type: 'high_disk' },
      ],
      Amount: 1,
      PublicIp: ['101.251.1.1', '101.251.1.2'],
    };
    expectAccepted(a, doc);
    expectRejected(a, { ...doc, Cpu: 3 }, 'Cpu must be one of 1, 2, 4, 8, 10, 16, 32');
    expectRejected(a, { ...doc, Ram: 5 }, 'Ram must be one of 1, 2, 4, 8, 12');
    expectRejected(a, { ...doc, Amount: 0 }, 'Amount is 1–99');
    expectRejected(a, { ...doc, Amount: 100 }, 'Amount is 1–99');
  });

  it('ModifyInstanceSpec: the sample body is accepted; Cpu 3 and an empty change are refused', () => {
    const a = entry('cds', 'ccs', 'ModifyInstanceSpec');
    expectAccepted(a, { InstanceId: 'f9053ea8-fc23-4032-8a7f-01def77b4cc0', Cpu: 4, Ram: 4 });
    expectRejected(a, { InstanceId: 'x', Cpu: 3 }, 'Cpu must be one of');
    expectRejected(a, { InstanceId: 'x', Ram: '5' }, 'Ram must be one of');
    expectRejected(a, { InstanceId: 'x' }, 'Give Cpu, Ram or both');
  });

  it('CreateDisk, ResizeDisk, ModifyIpAddress, DescribeInstanceMonitor', () => {
    expectAccepted(entry('cds', 'ccs', 'CreateDisk'), {
      InstanceId: 'i',
      DataDisks: [{ Size: 100, Type: 'high_disk' }],
    });
    expectRejected(
      entry('cds', 'ccs', 'CreateDisk'),
      { InstanceId: 'i', DataDisks: [{ Size: 5, Type: 'high_disk' }] },
      'at least 10 GB',
    );
    expectRejected(
      entry('cds', 'ccs', 'CreateDisk'),
      { InstanceId: 'i', DataDisks: [] },
      'at least one data disk',
    );
    expect(
      expectAccepted(entry('cds', 'ccs', 'ResizeDisk'), {
        InstanceId: 'i',
        DiskId: 'd',
        DataSize: '100',
      }).DataSize,
    ).toBe(100);
    const ip = entry('cds', 'ccs', 'ModifyIpAddress');
    expectAccepted(ip, { InstanceId: 'i', InterfaceId: 'n', Address: '101.251.2.29' });
    expectAccepted(ip, { InstanceId: 'i', InterfaceId: 'n', Address: 'None' });
    expectRejected(ip, { InstanceId: 'i', InterfaceId: 'n', Address: '300.1.1.1' }, 'IPv4 address');
    const mon = entry('cds', 'ccs', 'DescribeInstanceMonitor');
    const doc = {
      InstanceId: 'i',
      MetricName: 'CPUUtilization',
      Period: 60,
      StartTime: '2019-10-09 15:30:00',
      EndTime: '2019-10-09 16:30:00',
    };
    expectAccepted(mon, doc);
    expectRejected(mon, { ...doc, Period: 30 }, 'Period (seconds) must be one of 60, 900, 3600');
    expectRejected(mon, { ...doc, MetricName: 'cpu' }, 'MetricName must be one of');
    expectRejected(
      mon,
      { ...doc, EndTime: '2019-10-09 15:00:00' },
      'EndTime must be after StartTime',
    );
    expectRejected(mon, { ...doc, StartTime: '2019/10/09' }, 'YYYY-MM-DD HH:mm:ss');
  });

  it('AddSecurityGroupRule: the table example is accepted and sent as strings; ICMP needs no ports', () => {
    const a = entry('cds', 'ccs', 'AddSecurityGroupRule');
    const doc = {
      SecurityGroupId: '50971028-e2a3-11e9-b380-de55f62159fe',
      Action: 1,
      Description: '开通80端口',
      TargetAddress: '120.78.170.188/28',
      TargetPort: 0,
      LocalPort: 80,
      Direction: 'all',
      Priority: 10,
      Protocol: 'TCP',
      RuleType: 'ip',
    };
    expect(expectAccepted(a, doc)).toMatchObject({
      Action: '1',
      Priority: '10',
      TargetPort: '0',
      LocalPort: '80',
    });
    const { TargetPort: _t, LocalPort: _l, ...icmp } = doc;
    expectAccepted(a, { ...icmp, Protocol: 'ICMP' });
    expectRejected(a, { ...icmp, Protocol: 'UDP' }, 'LocalPort is required for UDP');
    expectRejected(a, { ...doc, Priority: 101 }, 'Priority must be a whole number from 1 to 100');
    expectRejected(a, { ...doc, Priority: 0 }, 'Priority must be a whole number from 1 to 100');
    expectRejected(a, { ...doc, Action: 2 }, 'Action must be 1 (allow) or 0 (deny)');
    expectRejected(a, { ...doc, Direction: 'in' }, 'only two-way rules');
    expectRejected(a, { ...doc, LocalPort: 70000 }, 'LocalPort must be a port 0–65535');
    expectAccepted(a, { ...doc, LocalPort: '8000-8080' });
    expectRejected(a, { ...doc, LocalPort: '8080-8000' }, 'runs backwards');
    expectRejected(a, { ...doc, TargetAddress: '10.0.0.0/33' }, 'prefix is 0–32');
    expectRejected(a, { ...doc, TargetAddress: '300.1.1.1' }, 'IPv4 address or CIDR');
    expectRejected(a, { ...icmp, Protocol: 'ICMP', LocalPort: '22' }, 'ICMP has no ports');
    expectAccepted(a, { ...doc, RuleType: 'mac', TargetAddress: '00:50:56:ab:cd:ef' });
    expectRejected(a, { ...doc, RuleType: 'mac' }, 'MAC address');
  });

  it('Join/LeaveSecurityGroup take BindData; CreateSecurityGroup checks its type', () => {
    const join = entry('cds', 'ccs', 'JoinSecurityGroup');
    expectAccepted(join, { SecurityGroupId: 's', BindData: [{ InstanceId: 'i', PrivateId: 'p' }] });
    expectRejected(join, { SecurityGroupId: 's', InstanceId: 'i' }, /BindData/);
    expectRejected(
      entry('cds', 'ccs', 'CreateSecurityGroup'),
      { SecurityGroupName: 'Test', Description: 'd', SecurityGroupType: 'both' },
      'public or private',
    );
    expectRejected(
      entry('cds', 'ccs', 'ModifySecurityGroupRulePriority'),
      { SecurityGroupId: 's', BindData: [{ RuleId: 'r', Priority: 0 }] },
      'Priority must be',
    );
  });

  it('CreateTemplate takes the sample PowerOn False and the table example 1', () => {
    const a = entry('cds', 'ccs', 'CreateTemplate');
    expect(
      expectAccepted(a, { InstanceId: 'i', DisplayName: '模板名称', PowerOn: false }).PowerOn,
    ).toBe(false);
    expect(expectAccepted(a, { InstanceId: 'i', DisplayName: '模板', PowerOn: 1 }).PowerOn).toBe(
      true,
    );
    expectRejected(
      a,
      { InstanceId: 'i', DisplayName: '模板', PowerOn: 'yes' },
      'PowerOn must be true or false',
    );
    expectRejected(
      entry('cds', 'ccs', 'DescribeTemplateInfo'),
      { PageNumber: 1 },
      'PageSize must be a whole number from 1 to 100',
    );
  });
});

describe('inputs: CDS network and billing', () => {
  it('CreateVdc: the sample body is accepted; misspelled and out-of-range public-network fields are refused', () => {
    const a = entry('cds', 'network', 'CreateVdc');
    const doc = {
      RegionId: 'CN_Beijing_A',
      VdcName: 'newVdc',
      PublicNetwork: {
        Name: 'newVdc',
        Type: 'Bandwidth_BGP',
        BillingMethod: 'Bandwidth',
        Qos: 20,
        IPNum: 4,
      },
    };
    expectAccepted(a, doc);
    expectAccepted(a, { RegionId: 'CN_Beijing_A' });
    expectRejected(
      a,
      { ...doc, PublicNetwork: { ...doc.PublicNetwork, Qos: 7 } },
      'Qos for Bandwidth is 5–500 Mbps in steps of 5',
    );
    expectRejected(
      a,
      { ...doc, PublicNetwork: { ...doc.PublicNetwork, IPNum: 5 } },
      'IPNum must be one of 4, 8, 16, 32, 64',
    );
    expectRejected(
      a,
      { ...doc, PublicNetwork: { ...doc.PublicNetwork, Ip: 4 } },
      /Unrecognized key/,
    );
    expectRejected(a, { ...doc, RegionId: 'cn_beijingA' }, 'RegionId must look like CN_Beijing_A');
  });

  it('CreatePublicNetwork: Qos rules per billing method', () => {
    const a = entry('cds', 'network', 'CreatePublicNetwork');
    const doc = {
      VdcId: '773f14c2-c8bc-4f66-acd7-ec34d3bfde7d',
      Type: 'BGP_4',
      BillingMethod: 'DataPackage',
      Qos: 51200,
      IPNum: 8,
      AutoRenew: 1,
    };
    expectAccepted(a, doc);
    expectRejected(
      a,
      { ...doc, Qos: 60000 },
      'Qos for DataPackage is the package size, 1–51200 GB',
    );
    expectAccepted(a, { ...doc, BillingMethod: 'Bandwidth_95', Qos: 100, FloatBandwidth: 120 });
    expectRejected(a, { ...doc, BillingMethod: 'Bandwidth_95', Qos: 120 }, 'steps of 50');
    expectRejected(
      a,
      { ...doc, FloatBandwidth: 200 },
      'FloatBandwidth applies to Bandwidth_95 only',
    );
    expectRejected(a, { ...doc, BillingMethod: 'Monthly' }, 'BillingMethod must be one of');
  });

  it('AddPublicIp, ModifyPublicNetwork, CreatePrivateNetwork, RenewPublicNetwork', () => {
    expectAccepted(entry('cds', 'network', 'AddPublicIp'), { PublicId: 'p', Number: '8' });
    expectRejected(
      entry('cds', 'network', 'AddPublicIp'),
      { PublicId: 'p', Number: 5 },
      'Number (of IPs) must be one of 4, 8, 16, 32, 64',
    );
    expectAccepted(entry('cds', 'network', 'ModifyPublicNetwork'), { PublicId: 'p', Qos: '100' });
    expectRejected(
      entry('cds', 'network', 'ModifyPublicNetwork'),
      { PublicId: 'p', Qos: 501 },
      'Qos must be a whole number from 1 to 500 Mbps',
    );
    expectAccepted(entry('cds', 'network', 'CreatePrivateNetwork'), {
      VdcId: 'v',
      Name: 'siwang1',
      Type: 'auto',
      Address: '192.168.0.0',
      Mask: '16',
    });
    expectRejected(
      entry('cds', 'network', 'CreatePrivateNetwork'),
      { VdcId: 'v', Address: '192.168.0.0' },
      'Give Address and Mask together',
    );
    expectRejected(
      entry('cds', 'network', 'RenewPublicNetwork'),
      { PublicId: 'p', AutoRenew: 2 },
      'AutoRenew must be 0 or 1',
    );
  });

  it('DescribeBill, DescribeBillInfo and GetMetering dates', () => {
    const bill = entry('cds', 'billing', 'DescribeBill');
    expectAccepted(bill, { DateFromTo: '2019.09.02 - 2019.09.03' });
    expectRejected(bill, { DateFromTo: '2019.09.02-2019.09.03' }, 'one space either side');
    expectRejected(bill, { DateFromTo: '2019-09-02 - 2019-09-03' }, 'YYYY.MM.DD');
    expectRejected(bill, { DateFromTo: '2019.09.03 - 2019.09.02' }, 'must not be after');
    const info = entry('cds', 'billing', 'DescribeBillInfo');
    expectAccepted(info, {
      DateFrom: '2019.09.02',
      DateTo: '2019.09.03',
      ResourceId: '2e579aa0-f54f-11e9-814d-f6de00b3aa12',
    });
    expectRejected(
      info,
      { DateFrom: '2019.02.30', DateTo: '2019.09.03', ResourceId: 'r' },
      'DateFrom must be a date written YYYY.MM.DD',
    );
    expectAccepted(entry('cds', 'billing', 'GetMetering'), { EndTime: '20191101', Uid: '1001' });
    expectRejected(entry('cds', 'billing', 'GetMetering'), { EndTime: '2019-11-01' }, 'YYYYMMDD');
    expectRejected(entry('cds', 'billing', 'GetMetering'), { EndTime: '20190230' }, 'YYYYMMDD');
    expectAccepted(entry('cds', 'billing', 'GetMetering'), { EndTime: 20191101, Uid: 1001 });
  });
});
