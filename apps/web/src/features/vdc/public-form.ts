import {
  IP_NUMBERS,
  QOS_STEP,
  qosProblem,
  type BillingMethodName,
  type WanGood,
} from '@console/api-types/client';

/**
 * The public-network form of CreateVdc and CreatePublicNetwork: what the region sells decides the
 * types, billing methods and the largest Qos; the document's steps decide the rest.
 */
export interface PublicForm {
  name: string;
  type: string;
  method: BillingMethodName;
  qos: number;
  ipNum: number;
  autoRenew: boolean;
  /** Bandwidth_95's cap; empty means 120 % of the floor. */
  float?: number;
}

export const emptyPublicForm = (goods: readonly WanGood[]): PublicForm => {
  const first = goods[0];
  const method = (first?.billing[0]?.key ?? 'Bandwidth') as BillingMethodName;
  return {
    name: '',
    type: first?.type ?? '',
    method,
    qos: minQos(method),
    ipNum: 8,
    autoRenew: true,
  };
};

export const minQos = (method: BillingMethodName) =>
  method === 'Bandwidth_95' ? 50 : method === 'Bandwidth' ? 5 : 1;

/** The largest Qos the region sells for this type and method (the document's 500, or the package's 51200, when unknown). */
export function maxQos(goods: readonly WanGood[], type: string, method: string): number {
  const sold = goods.find((g) => g.type === type)?.billing.find((b) => b.key === method)?.maxQos;
  const documented = method === 'DataPackage' ? 51200 : 500;
  return Math.min(sold ?? documented, documented);
}

export const methodsOf = (goods: readonly WanGood[], type: string) =>
  (goods.find((g) => g.type === type)?.billing.map((b) => b.key) ?? []) as BillingMethodName[];

export type PublicProblem = {
  field: 'type' | 'method' | 'qos' | 'float';
  key: 'qosOver' | 'qosRule' | 'floatLow' | 'required';
  vars?: Record<string, string | number>;
};

/** What is wrong with the form, field by field (empty when it can be sent). */
export function publicFormProblems(form: PublicForm, goods: readonly WanGood[]): PublicProblem[] {
  const out: PublicProblem[] = [];
  if (!form.type) out.push({ field: 'type', key: 'required' });
  if (!methodsOf(goods, form.type).includes(form.method))
    out.push({ field: 'method', key: 'required' });
  const max = maxQos(goods, form.type, form.method);
  const rule = qosProblem(form.method, form.qos);
  if (rule)
    out.push({
      field: 'qos',
      key: 'qosRule',
      vars: { min: minQos(form.method), max, step: QOS_STEP[form.method] },
    });
  else if (form.qos > max)
    out.push({ field: 'qos', key: 'qosOver', vars: { max, type: form.type } });
  if (form.method === 'Bandwidth_95' && form.float !== undefined) {
    if (form.float < form.qos) out.push({ field: 'float', key: 'floatLow' });
    else if (form.float > max)
      out.push({ field: 'float', key: 'qosOver', vars: { max, type: form.type } });
  }
  return out;
}

/** The catalog input (CreatePublicNetwork's fields, CreateVdc's PublicNetwork): optional fields only where they apply. */
export function toPublicInput(form: PublicForm) {
  const renews = form.method === 'DataPackage' || form.method === 'Bandwidth_95';
  return {
    ...(form.name.trim() ? { Name: form.name.trim() } : {}),
    Type: form.type,
    BillingMethod: form.method,
    Qos: form.qos,
    IPNum: form.ipNum,
    ...(renews ? { AutoRenew: form.autoRenew ? 1 : 0 } : {}),
    ...(form.method === 'Bandwidth_95' && form.float !== undefined
      ? { FloatBandwidth: form.float }
      : {}),
  };
}

export const IP_CHOICES = IP_NUMBERS;
/** Usable addresses of a block of n: all but network, gateway and broadcast. */
export const usableOf = (n: number) => n - 3;
