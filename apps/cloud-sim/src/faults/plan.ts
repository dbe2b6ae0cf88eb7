import { z } from 'zod';
import { Prng } from '../util/prng';

/** What can go wrong with one call, in the order a draw is matched against the shares. */
export const FAULT_KINDS = ['drop', 'error5xx', 'throttle', 'malformed', 'truncated'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

const share = (name: string) =>
  z.number({ error: `${name} is a share between 0 and 1` }).min(0, `${name} is at least 0`).max(1, `${name} is at most 1`);

/** The clouds the simulator speaks: CDS on its port, MOS on its own. */
export const FAULT_PROVIDERS = ['cds', 'mos'] as const;
export type FaultProvider = (typeof FAULT_PROVIDERS)[number];

/**
 * One rule: which calls it covers (a provider "cds" or "mos", a product such as "ccs", "network"
 * or MOS's "mcs", an action, or any mix; none covers every call of both clouds), the latency it
 * adds, and the share of calls given each fault.
 */
export const faultRule = z
  .strictObject({
    provider: z.enum(FAULT_PROVIDERS, { error: 'provider is cds or mos' }).optional(),
    product: z.string().min(1).optional(),
    action: z.string().min(1).optional(),
    latencyMs: z.number().int().min(0).max(60_000, 'latencyMs is at most 60000').optional(),
    drop: share('drop').optional(),
    error5xx: share('error5xx').optional(),
    throttle: share('throttle').optional(),
    malformed: share('malformed').optional(),
    truncated: share('truncated').optional(),
  })
  .refine((r) => FAULT_KINDS.reduce((sum, k) => sum + (r[k] ?? 0), 0) <= 1 + 1e-9, {
    message: 'The shares of one rule add up to at most 1',
  });
export type FaultRule = z.output<typeof faultRule>;

export const faultPlan = z.strictObject({
  /** Seed of the draws, so a run can be repeated. */
  seed: z.number().int().optional(),
  /** The first rule that covers a call decides for it. */
  rules: z.array(faultRule).max(100),
});
export type FaultPlan = z.output<typeof faultPlan>;

/** What happens to one call. */
export interface FaultDecision {
  latencyMs: number;
  kind: FaultKind | 'none';
}

const SHORT_NAMES: Record<string, keyof FaultRule> = {
  latency: 'latencyMs',
  '5xx': 'error5xx',
  throttle: 'throttle',
  malformed: 'malformed',
  truncated: 'truncated',
  drop: 'drop',
};

/**
 * Reads SIM_FAULTS: JSON (a FaultPlan, or just its list of rules), or the short form
 * `5xx=0.1,throttle=0.05,latency=200@ccs/DescribeInstances; drop=0.02; throttle=0.2@mos:` — rules
 * separated by ";", each "name=value" list optionally followed by "@product", "@product/Action"
 * or "@/Action", any of them after a provider ("@mos:", "@cds:ccs", "@mos:/RunInstances").
 */
export function parseFaultPlan(text: string): FaultPlan {
  const s = text.trim();
  if (s === '') return { rules: [] };
  if (s.startsWith('{') || s.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(s);
    } catch {
      throw new Error('SIM_FAULTS is not valid JSON');
    }
    return checked(Array.isArray(json) ? { rules: json } : json);
  }
  const rules = s
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => {
      const [settings = '', scope] = r.split('@');
      const rule: Record<string, unknown> = {};
      if (scope !== undefined) {
        let where = scope.trim();
        const colon = where.indexOf(':');
        if (colon !== -1) {
          rule.provider = where.slice(0, colon);
          where = where.slice(colon + 1);
        }
        const [product, action] = where.split('/');
        if (product) rule.product = product;
        if (action) rule.action = action;
      }
      for (const pair of settings.split(',').map((p) => p.trim()).filter(Boolean)) {
        const [name = '', value = ''] = pair.split('=');
        const key = SHORT_NAMES[name.trim()];
        if (!key) throw new Error(`SIM_FAULTS: unknown setting "${name.trim()}" (use ${Object.keys(SHORT_NAMES).join(', ')})`);
        rule[key] = Number(value);
      }
      return rule;
    });
  return checked({ rules });
}

function checked(value: unknown): FaultPlan {
  const r = faultPlan.safeParse(value);
  if (r.success) return r.data;
  const why = r.error.issues.map((i) => `${i.path.join('.') || 'plan'}: ${i.message}`).join('; ');
  throw new Error(`SIM_FAULTS is not a fault plan: ${why}`);
}

/** Draws each call's fault from the plan, reproducibly from its seed. */
export class FaultPicker {
  private rng: Prng;
  constructor(readonly plan: FaultPlan) {
    this.rng = new Prng(plan.seed ?? 1);
  }

  ruleFor(provider: FaultProvider, product: string, action: string | undefined): FaultRule | undefined {
    return this.plan.rules.find(
      (r) => (!r.provider || r.provider === provider) && (!r.product || r.product === product) && (!r.action || r.action === action),
    );
  }

  decide(provider: FaultProvider, product: string, action: string | undefined): FaultDecision {
    const rule = this.ruleFor(provider, product, action);
    if (!rule) return { latencyMs: 0, kind: 'none' };
    const draw = this.rng.next();
    let upTo = 0;
    for (const kind of FAULT_KINDS) {
      upTo += rule[kind] ?? 0;
      if (draw < upTo) return { latencyMs: rule.latencyMs ?? 0, kind };
    }
    return { latencyMs: rule.latencyMs ?? 0, kind: 'none' };
  }
}
