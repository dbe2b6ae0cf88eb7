import type { Page } from '@console/api-types/client';
import { queryOptions, type Query, type QueryClient } from '@tanstack/react-query';
import { callAction, type ActionData, type ActionInput, type AnyAction } from './client';

/**
 * The one query key shape: [provider, product, action, account, input] (plus a marker for merged
 * pages). The cloud account is part of every key, so switching accounts can never show another
 * account's cached answer; the region is in the input where the action takes one.
 */
export const actionKey = <D extends AnyAction>(def: D, input: ActionInput<D>, account: string) =>
  [def.provider, def.product, def.action, account, input] as const;

/** Query options for one action call under one cloud account, shared by route loaders and components. */
export function actionQuery<D extends AnyAction>(def: D, input: ActionInput<D>, account: string) {
  return queryOptions({
    queryKey: actionKey(def, input, account),
    queryFn: ({ signal }) => callAction(def, input, { signal, account }) as Promise<ActionData<D>>,
  });
}

/** Safety stop for "fetch every page": a console list past this wants a server-side filter. */
export const MAX_PAGES = 50;

/**
 * Every page of a paged action, merged into one Page. Used when the API cannot filter the way
 * the person asks (status, name, region), so the filtering happens in the browser.
 */
export async function fetchAllPages<T>(
  fetchPage: (pageNumber: number) => Promise<Page<T>>,
  maxPages = MAX_PAGES,
): Promise<Page<T> & { truncated: boolean }> {
  const first = await fetchPage(1);
  const items = [...first.items];
  const pageCount = Math.max(1, first.pageCount);
  const last = Math.min(pageCount, maxPages);
  for (let n = 2; n <= last; n++) {
    const page = await fetchPage(n);
    items.push(...page.items);
  }
  return { items, pageNumber: 1, pageCount: 1, totalCount: items.length, truncated: pageCount > maxPages };
}

type PagedAction = AnyAction;

/** The item type of a paged answer (a Page<T>, or any { items: T[]; pageCount } such as TemplatePage). */
type ItemOf<D extends PagedAction> = ActionData<D> extends { items: (infer T)[] } ? T : never;

/** Query options for every page of an action at once; key = [provider, product, action, account, input, 'all']. */
export function allPagesQuery<D extends PagedAction>(def: D, input: ActionInput<D>, account: string, pageSize?: number) {
  return queryOptions({
    queryKey: [...actionKey(def, input, account), 'all'] as const,
    queryFn: ({ signal }) =>
      fetchAllPages<ItemOf<D>>((n) =>
        callAction(
          def,
          { ...(input as object), PageNumber: n, ...(pageSize ? { PageSize: pageSize } : {}) } as ActionInput<D>,
          { signal, account },
        ) as Promise<Page<ItemOf<D>>>,
      ),
  });
}

/** True for queries of the given provider whose action is one of `actions` (under `account` when given). */
export const isQueryOfActions =
  (provider: string, actions: readonly string[], account?: string) =>
  (q: Pick<Query, 'queryKey'>): boolean =>
    q.queryKey[0] === provider && actions.includes(String(q.queryKey[2])) && (account === undefined || q.queryKey[3] === account);

/** Marks the cached answers of the named actions under one account stale and refetches the ones on screen. */
export function invalidateActions(client: QueryClient, provider: string, actions: readonly string[] | undefined, account?: string) {
  if (!actions?.length) return Promise.resolve();
  return client.invalidateQueries({ predicate: isQueryOfActions(provider, actions, account) });
}
