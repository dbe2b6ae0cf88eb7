import { z } from 'zod';
import { cdsEnvelope, defineAction, loose } from '../define';
import type { AvailableResource, Task, TaskStatus } from '../normalized/compute';
import { regionId } from './cds-shared';

const imageRaw = loose({
  GicDisplayName: z.string(),
  ImageType: z.string().optional(),
  ImageId: z.string(),
});

export const DescribeAvailableResource = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'DescribeAvailableResource',
  method: 'GET',
  path: '/ccs',
  kind: 'read',
  input: z.object({
    RegionId: regionId,
    /** The core document's sample sends AvailableResource=1; the table does not list it. */
    AvailableResource: z.string().optional(),
  }),
  output: loose({
    ...cdsEnvelope,
    Data: loose({
      RegionId: z.string(),
      RegionName: z.string().optional(),
      WanGoods: z
        .array(
          loose({
            Type: z.string(),
            BillingMethod: z.array(loose({ Key: z.string(), MaxQos: z.number() })).default([]),
          }),
        )
        .default([]),
      InstanceGoods: z
        .array(
          loose({
            InstanceType: z.string(),
            ImageGoods: loose({
              PublicImage: z.array(imageRaw).default([]),
              PrivateImages: z.array(imageRaw).default([]),
            }).optional(),
            DiskGoods: z
              .array(
                loose({
                  Type: z.string(),
                  MinSize: z.number(),
                  MaxSize: z.number(),
                  Step: z.number(),
                }),
              )
              .default([]),
          }),
        )
        .default([]),
    }),
  }),
  normalize: (raw): AvailableResource => ({
    regionId: raw.Data.RegionId,
    regionName: raw.Data.RegionName ?? raw.Data.RegionId,
    wanGoods: raw.Data.WanGoods.map((w) => ({
      type: w.Type,
      billing: w.BillingMethod.map((b) => ({ key: b.Key, maxQos: b.MaxQos })),
    })),
    instanceGoods: raw.Data.InstanceGoods.map((g) => ({
      instanceType: g.InstanceType,
      images: [
        ...(g.ImageGoods?.PublicImage ?? []).map((i) => ({
          id: i.ImageId,
          name: i.GicDisplayName,
          osType: i.ImageType ?? '',
          visibility: 'public' as const,
        })),
        ...(g.ImageGoods?.PrivateImages ?? []).map((i) => ({
          id: i.ImageId,
          name: i.GicDisplayName,
          osType: i.ImageType ?? '',
          visibility: 'private' as const,
        })),
      ],
      disks: g.DiskGoods.map((d) => ({
        type: d.Type,
        minSize: d.MinSize,
        maxSize: d.MaxSize,
        step: d.Step,
      })),
    })),
  }),
  summary: {
    en: 'What a region sells: instance types, images, disk types and bandwidth types',
    zh: '查询节点下可购买的云服务器类型、镜像、磁盘与带宽类型',
  },
  notes:
    'The example answer has a trailing comma after the last InstanceGoods entry; the fixture removes it.',
});

const taskStatus = z
  .string()
  .transform((s) => s.toUpperCase() as TaskStatus)
  .pipe(z.enum(['NEW', 'DOING', 'FINISH', 'ERROR']));

export const DescribeTask = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'DescribeTask',
  method: 'GET',
  path: '/ccs',
  kind: 'read',
  input: z.object({ TaskId: z.string().min(1, 'TaskId is required') }),
  output: loose({
    ...cdsEnvelope,
    TaskId: z.union([z.string(), z.number()]).transform(String).optional(),
    Data: loose({
      Status: taskStatus,
      ResourceId: z.string().optional(),
      ResourceIds: z.array(z.string()).optional(),
      TaskType: z.string().optional(),
    }),
  }),
  normalize: (raw): Task => ({
    taskId: raw.TaskId ?? '',
    status: raw.Data.Status,
    resourceIds: raw.Data.ResourceIds ?? (raw.Data.ResourceId ? [raw.Data.ResourceId] : []),
    taskType: raw.Data.TaskType,
    message: raw.Message,
  }),
  summary: { en: 'Status of a task (NEW, DOING, FINISH, ERROR)', zh: '查询任务状态' },
  notes:
    'The table lists Status at the top level with lowercase "finish"; the examples put it in Data in capitals. Both are accepted; the normalized status is upper case.',
});
