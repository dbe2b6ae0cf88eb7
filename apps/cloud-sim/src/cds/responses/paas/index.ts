import type { RegisteredHandler } from '../../registry';
import * as memcached from './memcached';
import * as mysql from './mysql';
import * as backups from './mysql-backups';
import * as performance from './performance';
import * as redis from './redis';

const handlersOf = (m: Record<string, unknown>) =>
  Object.values(m).filter((v): v is RegisteredHandler => typeof v === 'object' && v !== null && 'run' in v && 'path' in v);

/** Every database action: MySQL (15, with performance), Redis (5), Memcached (6). */
export const paasHandlers = (): RegisteredHandler[] => [mysql, backups, performance, redis, memcached].flatMap(handlersOf);
