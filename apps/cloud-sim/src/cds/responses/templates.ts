import { cdsCcsTemplates } from '@console/api-types';
import { cdsDateTime } from '../../util/time';
import { createTemplate, deleteTemplate, regionName, syncTemplate, templateViews } from '../models/templates';
import { handler } from '../registry';

/** Templates (POST /ccs): DescribeTemplateInfo lists; the others answer Data {} and a TaskId. */

/** Private templates (newest first) and public ones, Keyword on name, id or OS type (any case); TotalPage. */
export const describeTemplateInfo = handler('/ccs', cdsCcsTemplates.DescribeTemplateInfo, ({ account }, input) => {
  const keyword = input.Keyword?.trim().toLowerCase() ?? '';
  const matching = templateViews(account).filter(
    (t) => !keyword || [t.name, t.id, t.osType].some((s) => s.toLowerCase().includes(keyword)),
  );
  const start = (input.PageNumber - 1) * input.PageSize;
  return {
    Data: {
      TotalPage: Math.ceil(matching.length / input.PageSize),
      TemplateList: matching.slice(start, start + input.PageSize).map((t) => ({
        TemplateId: t.id,
        Name: t.name,
        // "normal" once it is usable somewhere; otherwise the state of its only region.
        Status: t.regions.some(([, s]) => s === 'normal') ? 'normal' : (t.regions[0]?.[1] ?? 'normal'),
        OSType: t.osType,
        Count: t.regions.length,
        CreateTime: cdsDateTime(t.createdAt),
        Region: t.regions.map(([RegionId, Status]) => ({ RegionId, RegionName: regionName(RegionId), Status })),
      })),
    },
  };
});

export const createTemplateHandler = handler('/ccs', cdsCcsTemplates.CreateTemplate, ({ world, account }, input) => ({
  Data: {},
  TaskId: createTemplate(world, account, input).taskId,
}));

export const syncTemplateHandler = handler('/ccs', cdsCcsTemplates.SyncTemplate, ({ world, account }, input) => ({
  Data: {},
  TaskId: syncTemplate(world, account, input).taskId,
}));

export const deleteTemplateHandler = handler('/ccs', cdsCcsTemplates.DeleteTemplate, ({ world, account }, input) => ({
  Data: {},
  TaskId: deleteTemplate(world, account, input).taskId,
}));
