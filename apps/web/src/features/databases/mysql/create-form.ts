import {
  DB_MAX_AMOUNT,
  type DbArchitecture,
  type DbComputeRole,
  type DbConfig,
  type DbDiskChoice,
  type DbProduct,
  type DbSpec,
  PAAS_NAME_RULE,
} from '@console/api-types/client';

/** The create form of a database: every choice comes from DescribeAvailableDBConfig of the region. */
export interface DbCreateForm {
  regionId?: string;
  version?: string;
  architecture?: string;
  computeRole?: string;
  paasGoodsId?: string;
  diskType?: string;
  diskGb?: number;
  vdcId?: string;
  networkId?: string;
  name: string;
  amount: number;
}

export interface DbChoices {
  products: DbProduct[];
  product?: DbProduct;
  architectures: DbArchitecture[];
  architecture?: DbArchitecture;
  computeRoles: DbComputeRole[];
  computeRole?: DbComputeRole;
  specs: DbSpec[];
  spec?: DbSpec;
  disks: DbDiskChoice[];
  disk?: DbDiskChoice;
}

/** What the config offers at each step of the form, and what the form has picked among it. */
export function choicesOf(config: DbConfig | undefined, f: DbCreateForm): DbChoices {
  const products = config?.products ?? [];
  const product = products.find((p) => p.version === f.version);
  const architectures = product?.architectures ?? [];
  const architecture = architectures.find((a) => a.name === f.architecture);
  const computeRoles = architecture?.computeRoles ?? [];
  const computeRole = computeRoles.find((c) => c.name === f.computeRole);
  const specs = computeRole?.specs ?? [];
  const disks = computeRole?.disks ?? [];
  return {
    products,
    product,
    architectures,
    architecture,
    computeRoles,
    computeRole,
    specs,
    spec: specs.find((s) => s.paasGoodsId === f.paasGoodsId),
    disks,
    disk: disks.find((d) => d.value === f.diskType),
  };
}

/** Fills every choice left empty (or no longer offered) with the first the config offers, smallest disk first. */
export function withDefaults(config: DbConfig | undefined, f: DbCreateForm): DbCreateForm {
  let next = { ...f };
  const c1 = choicesOf(config, next);
  if (!c1.product) next = { ...next, version: c1.products.at(-1)?.version };
  const c2 = choicesOf(config, next);
  if (!c2.architecture) next = { ...next, architecture: (c2.architectures.find((a) => a.type === 1) ?? c2.architectures[0])?.name };
  const c3 = choicesOf(config, next);
  if (!c3.computeRole) next = { ...next, computeRole: c3.computeRoles[0]?.name };
  const c4 = choicesOf(config, next);
  if (!c4.spec) next = { ...next, paasGoodsId: c4.specs[0]?.paasGoodsId };
  if (!c4.disk) next = { ...next, diskType: c4.disks[0]?.value, diskGb: c4.disks[0]?.min };
  return next;
}

export interface Cost {
  perHour: number;
  perMonth: number;
}

/** What the order costs, where the config states prices (the documented answer has none). */
export function costOf(spec: DbSpec | undefined, disk: DbDiskChoice | undefined, diskGb: number | undefined, amount: number): Cost | undefined {
  if (spec?.pricePerHour === undefined) return undefined;
  const diskHour = disk && diskGb ? (disk.pricePerGbHour ?? 0) * diskGb : 0;
  const perHour = Math.round((spec.pricePerHour + diskHour) * amount * 10_000) / 10_000;
  return { perHour, perMonth: Math.round(perHour * 720 * 100) / 100 };
}

export type CreateProblem = 'name' | 'spec' | 'disk' | 'diskRange' | 'vdc' | 'network' | 'amount';

/** Problems of the form before sending, by field; disks within the chosen type's limits and step. */
export function problemsOf(f: DbCreateForm, c: DbChoices, withDisk: boolean): Partial<Record<CreateProblem, true>> {
  const p: Partial<Record<CreateProblem, true>> = {};
  if (!PAAS_NAME_RULE.test(f.name)) p.name = true;
  if (!c.spec) p.spec = true;
  if (withDisk) {
    if (!c.disk) p.disk = true;
    else if (!diskFits(c.disk, f.diskGb)) p.diskRange = true;
  }
  if (!f.vdcId) p.vdc = true;
  if (!f.networkId) p.network = true;
  if (!Number.isInteger(f.amount) || f.amount < 1 || f.amount > DB_MAX_AMOUNT) p.amount = true;
  return p;
}

export function diskFits(d: DbDiskChoice, gb: number | undefined, atLeast = 0): boolean {
  if (gb === undefined || !Number.isInteger(gb)) return false;
  const min = Math.max(d.min ?? 0, atLeast);
  const max = d.maxExpand ?? d.max ?? Number.POSITIVE_INFINITY;
  const step = d.step ?? 1;
  return gb >= min && gb <= max && (gb - (d.min ?? 0)) % step === 0;
}
