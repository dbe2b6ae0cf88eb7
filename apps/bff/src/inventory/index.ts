import type { Logger } from 'pino';
import type { Dispatcher } from 'undici';
import { instanceLoader } from './load';
import { InstanceInventory } from './store';

export { inventoryRouter } from './routes';
export type { InstanceInventory } from './store';

export interface InventorySettings {
  /** INVENTORY_REFRESH_SECONDS, as ms. */
  refreshMs: number;
  /** INVENTORY_CONCURRENCY: DescribeInstances pages read at once. */
  concurrency: number;
}

export const INVENTORY_DEFAULTS: InventorySettings = { refreshMs: 30_000, concurrency: 8 };

/** The console's instance inventory over the cloud client (fetchImpl for tests). */
export function createInventory(opts: { settings?: Partial<InventorySettings>; upstreamTimeoutMs: number; fetchImpl?: typeof fetch; dispatcher?: Dispatcher; log: Logger }) {
  const { refreshMs, concurrency } = { ...INVENTORY_DEFAULTS, ...opts.settings };
  const log = opts.log.child({ part: 'inventory' });
  return new InstanceInventory({
    load: instanceLoader({ upstreamTimeoutMs: opts.upstreamTimeoutMs, concurrency, fetchImpl: opts.fetchImpl, dispatcher: opts.dispatcher, log }),
    refreshMs,
    // As the browser polls a list with something changing (features/instances/useInstancesList.ts).
    fastRefreshMs: Math.min(refreshMs, 3_000),
    // Two missed schedules: someone still looking at a list polls more often than that.
    idleMs: Math.max(2 * refreshMs, 60_000),
    log,
  });
}
