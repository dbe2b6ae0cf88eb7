import { CDS_REGIONS, type ImageChoice, type Instance, type Template } from '@console/api-types/client';
import type { MessageKey } from '../../i18n/i18n';
import { PAGE_SIZES, type PageSize } from '../../kit/paging';
import { parseSortParam, sortParam, type SortState } from '../../kit/table/sort';

/**
 * The images list's state, in the URL: page, page size, keyword and order. DescribeTemplateInfo
 * searches by keyword; every page of its answer is fetched (an account has tens of templates, not
 * thousands), so the whole list is sorted and the page cut here.
 */
export interface ImagesState {
  page: number;
  size: PageSize;
  q?: string;
  sort?: SortState;
}

export const IMAGES_SORT_KEYS = ['name', 'kind', 'os', 'status', 'regions', 'created'] as const;

export const DEFAULT_IMAGES_SIZE: PageSize = 10;

export function parseImagesState(p: URLSearchParams): ImagesState {
  const page = Number(p.get('page'));
  const size = Number(p.get('size'));
  const q = p.get('q')?.trim().slice(0, 64);
  const sort = parseSortParam(p.get('sort'), IMAGES_SORT_KEYS);
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : DEFAULT_IMAGES_SIZE,
    q: q || undefined,
    ...(sort ? { sort } : {}),
  };
}

export function serializeImagesState(s: ImagesState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  const sort = sortParam(s.sort);
  if (sort) p.set('sort', sort);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.size !== DEFAULT_IMAGES_SIZE) p.set('size', String(s.size));
  return p;
}

/** DescribeTemplateInfo's filter for the state (allPagesQuery asks for the pages). */
export const imagesInput = (s: Pick<ImagesState, 'q'>) => (s.q ? { Keyword: s.q } : {});
/** Templates asked for per page when fetching them all: the most the action allows. */
export const TEMPLATE_PAGE = 100;

/**
 * Whether a template is one of the cloud's public templates (appendix 4, offered by
 * DescribeAvailableResource as PublicImage) or the account's own. Only own ones can be deleted.
 */
export type Visibility = 'public' | 'private' | 'unknown';

/**
 * Public when its first region offers it as a PublicImage; private only once that region has
 * answered (until then, or when it failed, unknown: never guessed private, which would offer Delete).
 */
export const templateVisibility = (
  tpl: Pick<Template, 'id' | 'regions'>,
  publicIds: ReadonlySet<string>,
  answeredRegions: ReadonlySet<string>,
): Visibility => (publicIds.has(tpl.id) ? 'public' : answeredRegions.has(tpl.regions[0]?.regionId ?? '') ? 'private' : 'unknown');

export const deleteTemplateBlocked = (visibility: Visibility): MessageKey | undefined =>
  visibility === 'public' ? 'images.reason.publicDelete' : visibility === 'unknown' ? 'images.reason.visibilityUnknown' : undefined;

/** The regions a template can still be copied to: every region it is not in yet. */
export const syncTargets = (tpl: Pick<Template, 'regions'>): string[] =>
  CDS_REGIONS.map((r) => r.id).filter((id) => !tpl.regions.some((r) => r.regionId === id));

export const syncBlocked = (tpl: Pick<Template, 'regions'>): MessageKey | undefined =>
  syncTargets(tpl).length === 0 ? 'images.reason.everywhere' : undefined;

/**
 * The images an instance can be reinstalled with: what its region sells for its instance type
 * (public and private), plus the account's templates present in its region; each once.
 */
export function resetChoices(goodsImages: readonly ImageChoice[], templates: readonly Template[], regionId: string): ImageChoice[] {
  const out = new Map<string, ImageChoice>();
  for (const i of goodsImages) out.set(i.id, i);
  for (const tpl of templates) {
    if (out.has(tpl.id) || !tpl.regions.some((r) => r.regionId === regionId)) continue;
    out.set(tpl.id, { id: tpl.id, name: tpl.name, osType: tpl.osType, visibility: 'private' });
  }
  return [...out.values()];
}

/**
 * CreateTemplate's PowerOn ("是否开机定制模板") follows the instance: a running one is imaged
 * running (true), a stopped one stopped (false). Anything else cannot be imaged now.
 */
export const imageSourceBlocked = (i: Pick<Instance, 'status'>): MessageKey | undefined =>
  i.status === 'running' || i.status === 'stop' ? undefined : 'compute.reason.onlySettled';
export const powerOnFor = (i: Pick<Instance, 'status'>) => i.status === 'running';

/**
 * The regions whose goods tell public templates apart: one per template (its first region) is
 * enough, since a public template is offered wherever it is.
 */
export const visibilityRegions = (templates: readonly Pick<Template, 'regions'>[]): string[] =>
  [...new Set(templates.map((tpl) => tpl.regions[0]?.regionId).filter((r): r is string => !!r))].sort();

/** The outcome of one region of a per-region action (DeleteTemplate). */
export interface RegionOutcome {
  regionId: string;
  error?: unknown;
}

/** Each region with its call's outcome, and the regions that failed (what a retry sends again). */
export function regionOutcomes(regions: readonly string[], results: readonly PromiseSettledResult<unknown>[]) {
  const outcomes = regions.map<RegionOutcome>((regionId, n) => {
    const r = results[n];
    return { regionId, error: !r ? new Error('no answer') : r.status === 'rejected' ? r.reason : undefined };
  });
  return { outcomes, failed: outcomes.filter((o) => o.error !== undefined).map((o) => o.regionId) };
}
