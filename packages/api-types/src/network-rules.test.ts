import { describe, expect, it } from 'vitest';
import { CDS_TEST_REGIONS, cidrProblem, macProblem, portProblem, qosProblem } from './network-rules';

describe('network rules', () => {
  it('reads Qos per billing method as CreatePublicNetwork states it', () => {
    expect(qosProblem('Bandwidth', 5)).toBeUndefined();
    expect(qosProblem('Bandwidth', 7)).toMatch(/steps of 5/);
    expect(qosProblem('Bandwidth', 505)).toMatch(/5–500/);
    expect(qosProblem('Bandwidth_95', 100)).toBeUndefined();
    expect(qosProblem('Bandwidth_95', 120)).toMatch(/steps of 50/);
    expect(qosProblem('DataPackage', 51200)).toBeUndefined();
    expect(qosProblem('DataPackage', 51201)).toMatch(/51200/);
    expect(qosProblem('Traffic', 0)).toMatch(/1–500/);
  });

  it('checks CIDRs, MACs and ports as a network engineer writes them', () => {
    for (const ok of ['0.0.0.0/0', '10.0.0.1', '120.78.170.188/28', '192.168.1.0/32']) expect(cidrProblem(ok), ok).toBeUndefined();
    expect(cidrProblem('10.0.0.0/33')).toMatch(/0–32/);
    expect(cidrProblem('10.0.0/8')).toMatch(/IPv4/);
    expect(cidrProblem('10.0.0.0/8/1')).toMatch(/IPv4/);
    expect(macProblem('00:50:56:AB:cd:ef')).toBeUndefined();
    expect(macProblem('00:50:56:ab:cd')).toMatch(/MAC/);
    for (const ok of ['0', '22', '65535', '8000-8080', '1-65535']) expect(portProblem(ok), ok).toBeUndefined();
    expect(portProblem('65536')).toMatch(/0–65535/);
    expect(portProblem('0-80')).toMatch(/1 to 65535/);
    expect(portProblem('90-80')).toMatch(/backwards: write 80-90/);
    expect(portProblem('http')).toMatch(/port/);
  });

  it('names the test regions of appendix 1', () => {
    expect([...CDS_TEST_REGIONS].sort()).toEqual(['CN_Beijing_D', 'CN_Beijing_F', 'CN_Shanghai_B']);
  });
});
