import { createHash } from 'node:crypto';
import type { Backup } from './backups';
import type { DbInstance } from './db-instance';
import type { MemcachedInstance } from './memcached';
import type { DbProduct } from './offers';

const uuidFrom = (seed: string) => {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** One account's databases: MySQL and Redis instances (one map, told apart by product) and Memcached. */
export class PaasStore {
  readonly dbs = new Map<string, DbInstance>();
  readonly memcached = new Map<string, MemcachedInstance>();

  /** An instance of that product; MySQL and Redis ids are not interchangeable. */
  db(product: DbProduct, id: string): DbInstance | undefined {
    const found = this.dbs.get(id);
    return found?.product === product ? found : undefined;
  }

  /** Every instance of a product, newest first (ties by name, so seeded lists are stable). */
  list(product: DbProduct): DbInstance[] {
    return [...this.dbs.values()]
      .filter((d) => d.product === product)
      .sort((a, b) => b.createdAt - a.createdAt || a.name.localeCompare(b.name));
  }

  replicasOf(masterId: string): DbInstance[] {
    return [...this.dbs.values()].filter((d) => d.masterId === masterId).sort((a, b) => a.createdAt - b.createdAt);
  }

  memcachedList(): MemcachedInstance[] {
    return [...this.memcached.values()].sort((a, b) => b.createdAt - a.createdAt || a.name.localeCompare(b.name));
  }

  /** A backup by id and download token, wherever it is (the file route knows no instance). */
  backupByToken(backupId: string, token: string): Backup | undefined {
    for (const db of this.dbs.values()) {
      const b = db.backups.find((x) => x.backupId === backupId);
      if (b) return b.token === token ? b : undefined;
    }
    return undefined;
  }

  /** RoGroups' InpaasId: an internal id of the replica's node, derived so it needs no state. */
  inpaasId = (id: string) => uuidFrom(`inpaas|${id}`);
}
