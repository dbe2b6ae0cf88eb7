import { cdsCcsCommon } from '@console/api-types';
import { regionMalformed, taskNotFound } from '../exceptions';
import { goodsOf, PUBLIC_TEMPLATES } from '../models/goods';
import { handler } from '../registry';

/**
 * DescribeAvailableResource (GET /ccs): what a region sells. Each instance type carries the
 * public templates of appendix 4 plus the account's private images in that region, and the
 * region's disk goods.
 */
export const describeAvailableResource = handler('/ccs', cdsCcsCommon.DescribeAvailableResource, ({ account }, input) => {
  const goods = goodsOf(input.RegionId);
  if (!goods) throw regionMalformed(input.RegionId);
  const privateImages = account.backends.get(input.RegionId)?.privateImages ?? [];
  return {
    Data: {
      RegionId: goods.regionId,
      RegionName: goods.regionName,
      WanGoods: goods.wan.map((w) => ({ Type: w.Type, BillingMethod: w.BillingMethod.map((b) => ({ ...b })) })),
      InstanceGoods: goods.instanceTypes.map((InstanceType) => ({
        InstanceType,
        ImageGoods: {
          PublicImage: PUBLIC_TEMPLATES.map((t) => ({ ...t })),
          PrivateImages: privateImages.map((i) => ({ ...i })),
        },
        DiskGoods: goods.disks.map((d) => ({ ...d })),
      })),
    },
  };
});

/** DescribeTask (GET /ccs): Data.Status NEW/DOING/FINISH/ERROR with the resources it touches. */
export const describeTask = handler('/ccs', cdsCcsCommon.DescribeTask, ({ account }, input) => {
  const task = account.tasks.get(input.TaskId.trim());
  if (!task) throw taskNotFound(input.TaskId);
  return {
    TaskId: task.taskId,
    Data: {
      Status: task.status,
      ResourceId: task.resourceIds[0] ?? '',
      ResourceIds: [...task.resourceIds],
      TaskType: task.taskType,
      ...(task.error ? { ErrorMessage: task.error } : {}),
    },
  };
});
