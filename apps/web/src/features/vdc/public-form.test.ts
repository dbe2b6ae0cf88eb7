import type { WanGood } from '@console/api-types/client';
import { describe, expect, it } from 'vitest';
import { emptyPublicForm, maxQos, publicFormProblems, toPublicInput } from './public-form';

const GOODS: WanGood[] = [
  {
    type: 'Bandwidth_BGP',
    billing: [
      { key: 'Traffic', maxQos: 500 },
      { key: 'Bandwidth', maxQos: 500 },
      { key: 'Bandwidth_95', maxQos: 500 },
    ],
  },
  { type: 'Globally_Optimized_BGP', billing: [{ key: 'Bandwidth', maxQos: 200 }] },
];

describe('the public-network form', () => {
  it('starts from what the region sells first', () => {
    expect(emptyPublicForm(GOODS)).toMatchObject({
      type: 'Bandwidth_BGP',
      method: 'Traffic',
      qos: 1,
      ipNum: 8,
    });
  });

  it("checks Qos by billing method and against the type's MaxQos", () => {
    const form = {
      ...emptyPublicForm(GOODS),
      type: 'Globally_Optimized_BGP',
      method: 'Bandwidth' as const,
      qos: 7,
    };
    expect(publicFormProblems(form, GOODS)).toEqual([
      { field: 'qos', key: 'qosRule', vars: { min: 5, max: 200, step: 5 } },
    ]);
    expect(publicFormProblems({ ...form, qos: 300 }, GOODS)).toEqual([
      { field: 'qos', key: 'qosOver', vars: { max: 200, type: 'Globally_Optimized_BGP' } },
    ]);
    expect(publicFormProblems({ ...form, qos: 200 }, GOODS)).toEqual([]);
    expect(publicFormProblems({ ...form, method: 'Traffic' }, GOODS).map((p) => p.field)).toContain(
      'method',
    );
    expect(maxQos(GOODS, 'Bandwidth_BGP', 'DataPackage')).toBe(51200);
  });

  it('sends AutoRenew and FloatBandwidth only where they apply', () => {
    const base = {
      ...emptyPublicForm(GOODS),
      method: 'Bandwidth' as const,
      qos: 20,
      name: ' edge ',
    };
    expect(toPublicInput(base)).toEqual({
      Name: 'edge',
      Type: 'Bandwidth_BGP',
      BillingMethod: 'Bandwidth',
      Qos: 20,
      IPNum: 8,
    });
    const p95 = {
      ...base,
      method: 'Bandwidth_95' as const,
      qos: 100,
      float: 150,
      autoRenew: false,
    };
    expect(toPublicInput(p95)).toMatchObject({ AutoRenew: 0, FloatBandwidth: 150 });
    expect(publicFormProblems({ ...p95, float: 80 }, GOODS)).toEqual([
      { field: 'float', key: 'floatLow' },
    ]);
  });
});
