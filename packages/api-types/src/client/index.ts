// The browser's entry to the catalog: plain values, normalized types, and each action as typed
// metadata (./actions, generated). No zod schema reaches the browser through this file; a page
// that validates a form with an entry's own schema imports that catalog file itself
// (`@console/api-types/catalog/<file>`), so only its chunk carries it.
export * from './actions/index';
export * from '../values';
export * from '../paas-values';
export * from '../network-rules';
export * from '../normalized/compute';
export * from '../normalized/network';
export * from '../normalized/results';
export * from '../normalized/monitor';
export * from '../normalized/security';
export * from '../normalized/network-ops';
export * from '../normalized/billing';
export * from '../normalized/paas';
export * from '../normalized/mos';
export * from '../normalized/inventory';
export type { ActionDef, ActionKind, Product, Provider, TaskIdPath } from '../define';
export type { ApiError } from '../errors';
export type { ActionMeta, ActionRef } from './ref';
export { parseApiError } from './api-error';

