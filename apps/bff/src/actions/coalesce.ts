import type { ActionDef } from '@console/api-types';
import type { Role } from '../storage';

/** What makes two reads interchangeable: the same call, with the same account, for the same permissions. */
export interface ReadKey {
  def: Pick<ActionDef, 'provider' | 'product' | 'action' | 'kind'>;
  accountId: string;
  role: Role;
  input: Record<string, unknown>;
}

export interface ReadCoalescer {
  /**
   * Runs `call`, unless an identical read is already in flight: then waits for that one's
   * answer instead. Only reads share; anything else always runs its own call.
   */
  run<T>(key: ReadKey, call: () => Promise<T>): Promise<T>;
  /** Reads in flight now (for tests and diagnostics). */
  readonly inFlight: number;
}

/**
 * Identical concurrent reads share one upstream call: a page opened by twenty people, or a list
 * polled by many tabs, costs one call while it is in flight. Nothing is kept once it settles
 * (this is not a cache: the next read asks the cloud again). The key holds the account and the
 * role, so an answer never crosses accounts or reaches someone whose permissions differ.
 */
export function readCoalescer(): ReadCoalescer {
  const pending = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: ReadKey, call: () => Promise<T>): Promise<T> {
      if (key.def.kind !== 'read') return call();
      const id = readKeyId(key);
      const shared = pending.get(id);
      if (shared) return shared as Promise<T>;
      const p = call().finally(() => pending.delete(id));
      pending.set(id, p);
      return p;
    },
    get inFlight() {
      return pending.size;
    },
  };
}

export function readKeyId({ def, accountId, role, input }: ReadKey): string {
  return JSON.stringify([def.provider, def.product, def.action, accountId, role, canonical(input)]);
}

/** The value with every object's keys in sorted order, so {a,b} and {b,a} are one key. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
