import { cdsCcsTemplates, type Template, type TemplatePage } from '@console/api-types/client';
import type { QueryClient } from '@tanstack/react-query';
import { isQueryOfActions } from '../../api/query';

/**
 * Shows at once what a template action starts, in every cached template page of the account,
 * before the next poll confirms it: a region being copied to or deleted from.
 */
export async function markTemplate(client: QueryClient, account: string, id: string, change: (tpl: Template) => Template) {
  const isTemplatePage = isQueryOfActions('cds', [cdsCcsTemplates.DescribeTemplateInfo.action], account);
  await client.cancelQueries({ predicate: isTemplatePage });
  client.setQueriesData<TemplatePage>({ predicate: isTemplatePage }, (old) =>
    old ? { ...old, items: old.items.map((tpl) => (tpl.id === id ? change(tpl) : tpl)) } : old,
  );
}

/** The template with one region in a new state (added when it is not there yet). */
export const withRegionStatus = (tpl: Template, regionId: string, status: string): Template => ({
  ...tpl,
  regions: tpl.regions.some((r) => r.regionId === regionId)
    ? tpl.regions.map((r) => (r.regionId === regionId ? { ...r, status } : r))
    : [...tpl.regions, { regionId, regionName: regionId, status }],
});
