import type { ProductModule } from '../context/module';

interface Linkable {
  action?: string;
  resourceId?: string;
  resource?: string;
  account: string;
}

/**
 * The page of a task's resource: the module that calls the task's action and lists that kind of
 * thing for the keyboard search (the same page the search opens), under the task's account.
 */
export function taskResourceLink(modules: readonly ProductModule[], task: Linkable): string | undefined {
  if (!task.action || !task.resourceId) return undefined;
  const provider = task.action.split('/')[0];
  for (const m of modules) {
    if (!m.permissions.actions.includes(task.action as never)) continue;
    const source = m.search?.find((s) => s.action.startsWith(`${provider}/`));
    if (source) return source.to({ id: task.resourceId, name: task.resource ?? task.resourceId, addresses: [] }, task.account);
  }
  return undefined;
}
