import type { Template } from '@console/api-types';
import { CDS_REGIONS } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { regionOutcomes, deleteTemplateBlocked, imageSourceBlocked, imagesInput, powerOnFor, visibilityRegions, parseImagesState, resetChoices, serializeImagesState, syncBlocked, syncTargets, templateVisibility } from './images-state';

const tpl = (over: Partial<Template> = {}): Template => ({ id: 't-1', name: 'web', status: 'normal', osType: 'centos', regions: [], ...over });

describe('images list state', () => {
  it('round-trips page, size, keyword and order, defaults left out', () => {
    const s = { page: 2, size: 20 as const, q: 'web', sort: { key: 'created', dir: 'desc' as const } };
    expect(parseImagesState(serializeImagesState(s))).toEqual(s);
    expect(serializeImagesState({ page: 1, size: 10 }).toString()).toBe('');
    expect(parseImagesState(new URLSearchParams('page=0&size=7&q=%20&sort=-password'))).toEqual({ page: 1, size: 10 });
  });
  it('asks DescribeTemplateInfo with the keyword when there is one', () => {
    expect(imagesInput({})).toEqual({});
    expect(imagesInput({ q: 'db' })).toEqual({ Keyword: 'db' });
  });
});

describe('template rules', () => {
  it('tells public from private templates, and deletes only private ones', () => {
    const publicIds = new Set(['pub-1']);
    const regions = [{ regionId: 'CN_Beijing_A', regionName: '', status: 'normal' }];
    const answered = new Set(['CN_Beijing_A']);
    expect(templateVisibility(tpl({ id: 'pub-1', regions }), publicIds, answered)).toBe('public');
    expect(templateVisibility(tpl({ regions }), publicIds, answered)).toBe('private');
    // Until its region has answered, a template is not taken for private.
    expect(templateVisibility(tpl({ regions }), publicIds, new Set())).toBe('unknown');
    expect(deleteTemplateBlocked('public')).toBe('images.reason.publicDelete');
    expect(deleteTemplateBlocked('unknown')).toBe('images.reason.visibilityUnknown');
    expect(deleteTemplateBlocked('private')).toBeUndefined();
  });
  it('copies only to regions the template is not in', () => {
    const regions = [{ regionId: 'CN_Beijing_A', regionName: '', status: 'normal' }];
    expect(syncTargets(tpl({ regions }))).not.toContain('CN_Beijing_A');
    expect(syncTargets(tpl({ regions }))).toHaveLength(CDS_REGIONS.length - 1);
    expect(syncBlocked(tpl({ regions }))).toBeUndefined();
    const everywhere = CDS_REGIONS.map((r) => ({ regionId: r.id, regionName: '', status: 'normal' }));
    expect(syncBlocked(tpl({ regions: everywhere }))).toBe('images.reason.everywhere');
  });
  it('offers for reinstalling the region goods plus own templates of that region, each once', () => {
    const goods = [
      { id: 'pub-1', name: 'CentOS', osType: 'linux', visibility: 'public' as const },
      { id: 't-1', name: 'web', osType: 'centos', visibility: 'private' as const },
    ];
    const templates = [
      tpl(),
      tpl({ id: 't-2', name: 'db', regions: [{ regionId: 'CN_Beijing_A', regionName: '', status: 'normal' }] }),
      tpl({ id: 't-3', name: 'elsewhere', regions: [{ regionId: 'CN_Shanghai_A', regionName: '', status: 'normal' }] }),
    ];
    expect(resetChoices(goods, templates, 'CN_Beijing_A').map((i) => i.id)).toEqual(['pub-1', 't-1', 't-2']);
  });
});

describe('images from instances', () => {
  it('images a running instance running and a stopped one stopped, nothing else', () => {
    expect(powerOnFor({ status: 'running' })).toBe(true);
    expect(powerOnFor({ status: 'stop' })).toBe(false);
    expect(imageSourceBlocked({ status: 'running' })).toBeUndefined();
    expect(imageSourceBlocked({ status: 'stop' })).toBeUndefined();
    expect(imageSourceBlocked({ status: 'updating' })).toBe('compute.reason.onlySettled');
  });
  it('asks one region per template to tell public ones apart', () => {
    const r = (regionId: string) => ({ regionId, regionName: '', status: 'normal' });
    expect(visibilityRegions([tpl({ regions: [r('B'), r('A')] }), tpl({ regions: [r('B')] }), tpl({ regions: [r('A')] }), tpl()])).toEqual(['A', 'B']);
  });
});

describe('regionOutcomes', () => {
  it('pairs each region with its result and lists the failed ones for a retry', () => {
    const boom = new Error('IncorrectTemplateStatus');
    const { outcomes, failed } = regionOutcomes(
      ['CN_Beijing_A', 'CN_Shanghai_A', 'CN_Guangzhou_A'],
      [
        { status: 'fulfilled', value: {} },
        { status: 'rejected', reason: boom },
      ],
    );
    expect(outcomes[0]).toEqual({ regionId: 'CN_Beijing_A', error: undefined });
    expect(outcomes[1]!.error).toBe(boom);
    expect(failed).toEqual(['CN_Shanghai_A', 'CN_Guangzhou_A']);
  });
});
