import { describe, expect, it } from 'vitest';
import { FaultPicker, parseFaultPlan } from './plan';

describe('parseFaultPlan (SIM_FAULTS)', () => {
  it('reads the short form: settings, then an optional @product, @product/Action or @/Action', () => {
    expect(parseFaultPlan('5xx=0.1,throttle=0.05,latency=200@ccs/DescribeInstances; drop=0.02 ; malformed=0.5@/DescribeVdc')).toEqual({
      rules: [
        { product: 'ccs', action: 'DescribeInstances', error5xx: 0.1, throttle: 0.05, latencyMs: 200 },
        { drop: 0.02 },
        { action: 'DescribeVdc', malformed: 0.5 },
      ],
    });
    expect(parseFaultPlan('')).toEqual({ rules: [] });
  });

  it('reads a provider before the product or action: @mos:, @cds:ccs, @mos:/RunInstances', () => {
    expect(parseFaultPlan('throttle=0.2@mos:; 5xx=1@cds:ccs; drop=1@mos:/RunInstances')).toEqual({
      rules: [
        { provider: 'mos', throttle: 0.2 },
        { provider: 'cds', product: 'ccs', error5xx: 1 },
        { provider: 'mos', action: 'RunInstances', drop: 1 },
      ],
    });
    expect(() => parseFaultPlan('drop=1@aws:')).toThrow(/provider is cds or mos/);
  });

  it('reads JSON: a plan or just its rules', () => {
    expect(parseFaultPlan('{"seed":7,"rules":[{"product":"network","truncated":1}]}')).toEqual({ seed: 7, rules: [{ product: 'network', truncated: 1 }] });
    expect(parseFaultPlan('[{"error5xx":0.2}]')).toEqual({ rules: [{ error5xx: 0.2 }] });
  });

  it('says what is wrong', () => {
    expect(() => parseFaultPlan('5xx=2')).toThrow(/error5xx is at most 1/);
    expect(() => parseFaultPlan('boom=1')).toThrow(/unknown setting "boom"/);
    expect(() => parseFaultPlan('5xx=0.6,drop=0.6')).toThrow(/add up to at most 1/);
    expect(() => parseFaultPlan('{"rules":[{"oops":1}]}')).toThrow(/SIM_FAULTS is not a fault plan/);
    expect(() => parseFaultPlan('{nope')).toThrow(/not valid JSON/);
  });
});

describe('FaultPicker', () => {
  it('gives each kind its share, reproducibly from the seed, and only to the calls its rule covers', () => {
    const plan = { seed: 3, rules: [{ product: 'ccs', error5xx: 0.2, drop: 0.1, latencyMs: 5 }] };
    const draw = () => {
      const p = new FaultPicker(plan);
      return Array.from({ length: 5000 }, () => p.decide('cds', 'ccs', 'DescribeInstances').kind);
    };
    const kinds = draw();
    const share = (k: string) => kinds.filter((x) => x === k).length / kinds.length;
    expect(share('error5xx')).toBeGreaterThan(0.17);
    expect(share('error5xx')).toBeLessThan(0.23);
    expect(share('drop')).toBeGreaterThan(0.08);
    expect(share('drop')).toBeLessThan(0.12);
    expect(share('throttle')).toBe(0);
    expect(draw()).toEqual(kinds);
    expect(new FaultPicker(plan).decide('cds', 'network', 'DescribeVdc')).toEqual({ latencyMs: 0, kind: 'none' });
    expect(new FaultPicker(plan).decide('cds', 'ccs', 'X').latencyMs).toBe(5);
  });

  it('lets the first rule that covers a call decide', () => {
    const p = new FaultPicker({ rules: [{ action: 'DescribeVdc', throttle: 1 }, { product: 'network', drop: 1 }] });
    expect(p.decide('cds', 'network', 'DescribeVdc').kind).toBe('throttle');
    expect(p.decide('cds', 'network', 'CreateVdc').kind).toBe('drop');
  });

  it('covers a provider only where the rule names it, and both clouds where it names none', () => {
    const p = new FaultPicker({ rules: [{ provider: 'mos', action: 'DescribeInstances', throttle: 1 }, { action: 'StopInstance', drop: 1 }] });
    expect(p.decide('mos', 'mcs', 'DescribeInstances').kind).toBe('throttle');
    expect(p.decide('cds', 'ccs', 'DescribeInstances').kind).toBe('none');
    expect(p.decide('mos', 'mcs', 'StopInstance').kind).toBe('drop');
    expect(p.decide('cds', 'ccs', 'StopInstance').kind).toBe('drop');
  });
});
