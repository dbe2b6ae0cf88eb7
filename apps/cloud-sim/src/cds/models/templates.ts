import { CDS_REGIONS } from '@console/api-types';
import { DAY } from '../../util/time';
import { incorrectTemplateStatus, publicTemplateDenied, regionMalformed, templateNotFound } from '../exceptions';
import type { Account } from './account';
import { goodsOf, publicTemplate, PUBLIC_TEMPLATES, type PublicTemplate } from './goods';
import { operate } from './operations';
import type { World } from './world';

/**
 * Templates (custom images) of 模板相关. A private template lives in one or more regions, each
 * with its own state; where it is "normal" it is also one of that region backend's private
 * images, so DescribeAvailableResource and CreateInstance/ResetImage see it. Public templates
 * (appendix 4) are in every region and cannot be synced or deleted.
 */

export type TemplateRegionStatus = 'creating' | 'syncing' | 'normal' | 'deleting';

export interface TemplateRecord {
  templateId: string;
  name: string;
  imageType: string;
  osType: string;
  createdAt: number;
  /** Region id → state there, in the order the template reached them. */
  regions: Map<string, TemplateRegionStatus>;
}

/** The account's private templates; seeded private images are adopted the first time they are looked at. */
export class TemplateStore {
  readonly records = new Map<string, TemplateRecord>();

  /** Takes in private images the backends have and the store does not (the seeded ones). */
  adopt(account: Account) {
    for (const backend of account.regions()) {
      for (const image of backend.privateImages) {
        const known = this.records.get(image.ImageId);
        if (known) {
          if (!known.regions.has(backend.regionId)) known.regions.set(backend.regionId, 'normal');
          continue;
        }
        const users = account.instances().filter((i) => i.imageId === image.ImageId);
        const oldest = Math.min(...users.map((i) => i.createdAt), ...account.vdcs().map((v) => v.createdAt + DAY));
        this.records.set(image.ImageId, {
          templateId: image.ImageId,
          name: image.GicDisplayName,
          imageType: image.ImageType,
          osType: image.ImageType,
          createdAt: Number.isFinite(oldest) ? oldest - DAY : 0,
          regions: new Map([[backend.regionId, 'normal']]),
        });
      }
    }
    return this;
  }

  /** Private templates, newest first. */
  list() {
    return [...this.records.values()].sort((a, b) => b.createdAt - a.createdAt);
  }
}

const REGION_NAMES = new Map<string, string>(CDS_REGIONS.map((r) => [r.id, r.zh]));
export const regionName = (id: string) => REGION_NAMES.get(id) ?? id;

/** "Centos_7.6_64" → "centos 7.6 64位", as the document's OSType; Windows keeps its Chinese name. */
export function publicOsType(t: PublicTemplate) {
  if (t.ImageType === 'windows') return t.GicDisplayName;
  const [family = '', version = '', bits = ''] = t.ImageId.split('_');
  return `${family.toLowerCase()} ${version} ${bits}位`;
}

function requireRegion(regionId: string) {
  if (!goodsOf(regionId)) throw regionMalformed(regionId);
}

function privateRecord(account: Account, templateId: string, what: string) {
  if (publicTemplate(templateId)) throw publicTemplateDenied(templateId, what);
  const record = account.templates.adopt(account).records.get(templateId);
  if (!record) throw templateNotFound(templateId, '');
  return record;
}

export interface CreateTemplateRequest {
  InstanceId: string;
  DisplayName: string;
  PowerOn: boolean;
}

/**
 * A private template of the instance's image in its region. PowerOn true makes it from a
 * running instance, false from a stopped one; the instance is "updating" meanwhile.
 */
export function createTemplate(world: World, account: Account, req: CreateTemplateRequest) {
  let templateId = '';
  return operate(
    world,
    account,
    req.InstanceId,
    { taskType: 'createTemplate', from: req.PowerOn ? ['running'] : ['stop'], resourceIds: () => [templateId] },
    ({ backend, instance }) => {
      const store = account.templates.adopt(account);
      const source = publicTemplate(instance.imageId);
      const fromPrivate = store.records.get(instance.imageId);
      const imageType = source?.ImageType ?? fromPrivate?.imageType ?? 'centos';
      templateId = world.rng.uuid();
      const record: TemplateRecord = {
        templateId,
        name: req.DisplayName,
        imageType,
        osType: source ? publicOsType(source) : (fromPrivate?.osType ?? imageType),
        createdAt: world.now(),
        regions: new Map([[instance.regionId, 'creating']]),
      };
      store.records.set(templateId, record);
      return () => {
        record.regions.set(backend.regionId, 'normal');
        backend.privateImages.push({ ImageId: templateId, GicDisplayName: record.name, ImageType: imageType });
      };
    },
  );
}

/** Copies a private template that is normal somewhere to another region of appendix 1. */
export function syncTemplate(world: World, account: Account, req: { TemplateId: string; RegionId: string }) {
  requireRegion(req.RegionId);
  const record = privateRecord(account, req.TemplateId, 'synced (it is in every region already)');
  if (![...record.regions.values()].includes('normal')) throw incorrectTemplateStatus(record.templateId, 'is not ready in any region yet');
  const there = record.regions.get(req.RegionId);
  if (there) throw incorrectTemplateStatus(record.templateId, `is already in ${req.RegionId} (${there})`);
  record.regions.set(req.RegionId, 'syncing');
  const task = account.tasks.create('syncTemplate', [record.templateId]);
  world.scheduler.run(task, () => {
    if (record.regions.get(req.RegionId) !== 'syncing') return;
    record.regions.set(req.RegionId, 'normal');
    account.backend(req.RegionId).privateImages.push({ ImageId: record.templateId, GicDisplayName: record.name, ImageType: record.imageType });
  });
  return task;
}

/** Deletes a private template from one region; gone from the last one, it is gone altogether. */
export function deleteTemplate(world: World, account: Account, req: { TemplateId: string; RegionId: string }) {
  requireRegion(req.RegionId);
  const record = privateRecord(account, req.TemplateId, 'deleted');
  const there = record.regions.get(req.RegionId);
  if (!there) throw templateNotFound(record.templateId, `in ${req.RegionId}`);
  if (there !== 'normal') throw incorrectTemplateStatus(record.templateId, `is ${there} in ${req.RegionId}`);
  record.regions.set(req.RegionId, 'deleting');
  const task = account.tasks.create('deleteTemplate', [record.templateId]);
  world.scheduler.run(task, () => {
    record.regions.delete(req.RegionId);
    const images = account.backend(req.RegionId).privateImages;
    const at = images.findIndex((i) => i.ImageId === record.templateId);
    if (at >= 0) images.splice(at, 1);
    if (record.regions.size === 0) account.templates.records.delete(record.templateId);
  });
  return task;
}

/** Public templates were published before any account existed: one fixed date for all. */
export const PUBLIC_TEMPLATE_TIME = Date.UTC(2019, 4, 15, 2, 38, 28);

export interface TemplateView {
  id: string;
  name: string;
  osType: string;
  createdAt: number;
  regions: [string, string][];
}

/** Private templates (newest first), then appendix 4's public ones in every region. */
export function templateViews(account: Account): TemplateView[] {
  const own = account.templates
    .adopt(account)
    .list()
    .map((r) => ({ id: r.templateId, name: r.name, osType: r.osType, createdAt: r.createdAt, regions: [...r.regions] }));
  const everywhere = CDS_REGIONS.map((r): [string, string] => [r.id, 'normal']);
  const pub = PUBLIC_TEMPLATES.map((t) => ({
    id: t.ImageId,
    name: t.GicDisplayName,
    osType: publicOsType(t),
    createdAt: PUBLIC_TEMPLATE_TIME,
    regions: everywhere,
  }));
  return [...own, ...pub];
}
