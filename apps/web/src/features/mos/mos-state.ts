import type { MosInstance } from '@console/api-types/client';
import type { MessageKey } from '../../i18n/i18n';
import { PAGE_SIZES, type PageSize } from '../../kit/paging';
import { parseSortParam, sortParam, type SortState } from '../../kit/table/sort';
import { listParam, parseListParam } from '../../kit/table/url-list';

/** Statuses the list filters by (DescribeInstances' Filter "status"): the document's three. */
export const MOS_STATUS_FILTERS = ['running', 'ready', 'suspend'] as const;
export type MosStatusFilter = (typeof MOS_STATUS_FILTERS)[number];

/** Statuses that change by themselves (the simulator's words while a change takes time). */
export const MOS_TRANSITIONAL = [
  'creating',
  'starting',
  'stopping',
  'rebooting',
  'rebuilding',
  'resizing',
] as const;
export const isMosTransitional = (status: string) =>
  (MOS_TRANSITIONAL as readonly string[]).includes(status);

/** The list's state in the URL: statuses (a comma list, any of them) and name filters, page and page size (Limit/Offset upstream). */
export interface MosListState {
  status?: MosStatusFilter[];
  q?: string;
  /** MOS sorts nothing: a sorted list is read whole and sorted here. */
  sort?: SortState;
  page: number;
  size: PageSize;
}

export const DEFAULT_MOS_SIZE: PageSize = 10;
/** Columns the list sorts by. */
export const MOS_SORT_KEYS = ['name', 'status', 'type', 'spec'] as const;

export function parseMosListState(p: URLSearchParams): MosListState {
  const status = parseListParam(p.get('status'), MOS_STATUS_FILTERS);
  const page = Number(p.get('page'));
  const size = Number(p.get('size'));
  const q = p.get('q')?.trim().slice(0, 64);
  const sort = parseSortParam(p.get('sort'), MOS_SORT_KEYS);
  return {
    status: status.length ? status : undefined,
    q: q || undefined,
    ...(sort ? { sort } : {}),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : DEFAULT_MOS_SIZE,
  };
}

export function serializeMosListState(s: MosListState): URLSearchParams {
  const p = new URLSearchParams();
  const status = listParam(s.status);
  if (status) p.set('status', status);
  if (s.q) p.set('q', s.q);
  const sort = sortParam(s.sort);
  if (sort) p.set('sort', sort);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.size !== DEFAULT_MOS_SIZE) p.set('size', String(s.size));
  return p;
}

/** EC2 wildcards (* and ?) in a name the person typed are theirs; anything else matches as a part. */
const nameFilter = (q: string) => (/[*?]/.test(q) ? q : `*${q}*`);

/** DescribeInstances' input for the state: filters on the server, a page by Limit/Offset. */
export function mosListInput(s: MosListState) {
  const filters = [
    // One filter's values are alternatives (EC2's rule): any of the picked statuses.
    ...(s.status?.length ? [{ Name: 'status' as const, Values: s.status }] : []),
    ...(s.q ? [{ Name: 'name' as const, Values: [nameFilter(s.q)] }] : []),
  ];
  return {
    Limit: s.size,
    Offset: (s.page - 1) * s.size,
    ...(filters.length ? { Filters: filters } : {}),
  };
}

export const pageCountOf = (total: number | undefined, size: number) =>
  Math.max(1, Math.ceil((total ?? 0) / size));

type Rule = (i: Pick<MosInstance, 'status'>) => MessageKey | undefined;
const settled = (i: Pick<MosInstance, 'status'>) => !isMosTransitional(i.status);

/** Why an action cannot run on the instance now (the simulator's and the document's states). */
export const MOS_RULES = {
  start: (i) =>
    !settled(i)
      ? 'mos.reason.onlySettled'
      : i.status === 'suspend'
        ? 'mos.reason.suspended'
        : i.status !== 'ready'
          ? 'mos.reason.onlyReady'
          : undefined,
  stop: (i) =>
    !settled(i)
      ? 'mos.reason.onlySettled'
      : i.status !== 'running'
        ? 'mos.reason.onlyRunning'
        : undefined,
  reboot: (i) =>
    !settled(i)
      ? 'mos.reason.onlySettled'
      : i.status !== 'running'
        ? 'mos.reason.onlyRunning'
        : undefined,
  changeType: (i) =>
    !settled(i)
      ? 'mos.reason.onlySettled'
      : i.status !== 'ready'
        ? 'mos.reason.onlyReady'
        : undefined,
  rebuild: (i) =>
    !settled(i)
      ? 'mos.reason.onlySettled'
      : i.status === 'suspend'
        ? 'mos.reason.suspended'
        : undefined,
  renew: (i) => (!settled(i) ? 'mos.reason.onlySettled' : undefined),
  terminate: (i) => (!settled(i) ? 'mos.reason.onlySettled' : undefined),
} satisfies Record<string, Rule>;

/** A Duration as MOS takes it: a whole number and H or M, within 8760H / 36M. */
export function durationOf(count: number | string, unit: 'H' | 'M'): string | undefined {
  const n = Number(count);
  if (!Number.isInteger(n) || n < 1 || n > (unit === 'H' ? 8760 : 36)) return undefined;
  return `${n}${unit}`;
}

/** Metadata keys as the API accepts them (they are XML element names in its answers). */
export const METADATA_KEY = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;

export interface MetadataRow {
  key: string;
  value: string;
}

/**
 * What PutInstanceMetadata must send to turn `before` into the edited rows: changed and new keys
 * with their values, removed keys with an empty value (the API has no delete; an empty value
 * removes). Undefined when nothing changed.
 */
export function metadataChanges(before: Record<string, string>, rows: readonly MetadataRow[]) {
  const after = new Map(rows.filter((r) => r.key.trim()).map((r) => [r.key.trim(), r.value]));
  const names: string[] = [];
  const values: string[] = [];
  for (const [k, v] of after) {
    if (before[k] !== v) {
      names.push(k);
      values.push(v);
    }
  }
  for (const k of Object.keys(before)) {
    if (!after.has(k)) {
      names.push(k);
      values.push('');
    }
  }
  return names.length ? { Names: names, Values: values } : undefined;
}

/** The problem of each row, by index: a key that is not allowed, or one given twice. */
export function metadataProblems(rows: readonly MetadataRow[]): Map<number, MessageKey> {
  const out = new Map<number, MessageKey>();
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const key = r.key.trim();
    if (!key) return;
    if (!METADATA_KEY.test(key)) out.set(i, 'mos.meta.badKey');
    else if (seen.has(key)) out.set(i, 'mos.meta.duplicate');
    seen.add(key);
  });
  return out;
}

/** An OpenSSH public key line (what ImportKeyPair accepts), and the usual mistake: a private key. */
export const PUBLIC_KEY =
  /^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=]+( .*)?$/;
export function publicKeyProblem(material: string): MessageKey | undefined {
  const v = material.trim();
  if (/PRIVATE KEY/.test(v)) return 'mos.keys.privateKey';
  return PUBLIC_KEY.test(v) ? undefined : 'mos.keys.materialInvalid';
}

/** MB as people read it: 4096 → "4 GB", 1536 → "1.5 GB", 512 → "512 MB". */
export function sizeFromMb(mb: number | undefined): string {
  if (mb === undefined) return '—';
  if (mb < 1024) return `${mb} MB`;
  const gb = mb / 1024;
  return `${Number.isInteger(gb) ? gb : gb.toFixed(1)} GB`;
}
