// What other modules may use of the databases module (nothing else of its insides).

const onAccount = (account?: string) => (account ? `?account=${encodeURIComponent(account)}` : '');

/** The page of one MySQL instance (for links from elsewhere, e.g. the audit log). */
export const mysqlPath = (id: string, account?: string) => `/databases/mysql/${encodeURIComponent(id)}${onAccount(account)}`;
/** Redis and Memcached instances have no page of their own: their lists. */
export const redisListPath = (account?: string) => `/databases/redis${onAccount(account)}`;
export const memcachedListPath = (account?: string) => `/databases/memcached${onAccount(account)}`;
