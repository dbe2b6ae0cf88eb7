import type { ActionDef } from '../define';

/** What the browser needs of a catalog entry: identity, kind, task and invalidation, labels. No schemas. */
export type ActionMeta = Pick<
  ActionDef,
  'provider' | 'product' | 'action' | 'method' | 'kind' | 'task' | 'invalidates' | 'summary'
>;

/**
 * A catalog entry as the browser sees it: its metadata, typed by the full entry `D` (input and
 * normalized output), so calls stay typed while the zod schemas stay on the server. `__def` never
 * exists at run time.
 */
export interface ActionRef<
  D extends ActionDef<any, any, any> = ActionDef<any, any, any>,
> extends ActionMeta {
  readonly __def?: D;
}

export const ref = <D extends ActionDef<any, any, any>>(meta: ActionMeta): ActionRef<D> => meta;
