// Plain values of the PaaS database documents (MySQL, Redis, Memcached), without zod: shared by
// the catalog, the simulator and the browser.

/**
 * The privileged account's rules. The document states none; these are MySQL's own limits made
 * explicit (a name MySQL accepts unquoted, a password of three character classes), so the form,
 * the BFF and the simulator say the same thing before anything is sent.
 */
export const DB_ACCOUNT_NAME_RULE = /^[a-z][a-z0-9_]{1,15}$/;
export const DB_RESERVED_ACCOUNT_NAMES = ['root', 'mysql', 'admin', 'sys', 'system', 'replicator'] as const;
export const DB_PASSWORD_SPECIALS = '!@#$%^&*()_+-=';
export const DB_PASSWORD_LENGTH = { min: 8, max: 32 } as const;

export type DbPasswordProblem = 'length' | 'characters' | 'classes';

/** What is wrong with a privileged account's password ([] when it is acceptable). */
export function dbPasswordProblems(password: string): DbPasswordProblem[] {
  const problems: DbPasswordProblem[] = [];
  if (password.length < DB_PASSWORD_LENGTH.min || password.length > DB_PASSWORD_LENGTH.max) problems.push('length');
  const allowed = [...password].every((c) => /[A-Za-z0-9]/.test(c) || DB_PASSWORD_SPECIALS.includes(c));
  if (!allowed) problems.push('characters');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3) problems.push('classes');
  return problems;
}

export const DB_PASSWORD_RULE_TEXT = {
  en: `${DB_PASSWORD_LENGTH.min}–${DB_PASSWORD_LENGTH.max} characters with at least three of: lower-case letters, upper-case letters, digits, symbols (${DB_PASSWORD_SPECIALS})`,
  zh: `${DB_PASSWORD_LENGTH.min}–${DB_PASSWORD_LENGTH.max} 位，至少包含小写字母、大写字母、数字、特殊字符（${DB_PASSWORD_SPECIALS}）中的三类`,
};
export const DB_ACCOUNT_NAME_RULE_TEXT = {
  en: '2–16 characters: lower-case letters, digits and "_", starting with a letter; not root, mysql, admin, sys, system or replicator',
  zh: '2–16 位小写字母、数字或下划线，以字母开头；不能是 root、mysql、admin、sys、system、replicator',
};

/** The six metrics of DescribeDBInstancePerformance's table, with their units. */
export const MYSQL_METRICS = [
  { key: 'mysql_cpu_usage', unit: 'percent', category: 'resources' },
  { key: 'mysql_mem_usage', unit: 'percent', category: 'resources' },
  { key: 'mysql_space_usage', unit: 'percent', category: 'resources' },
  { key: 'mysql_network_trffice', unit: 'MB/s', category: 'resources' },
  { key: 'mysql_sessions', unit: 'count', category: 'engine' },
  { key: 'mysql_slow_queries', unit: 'count', category: 'engine' },
] as const;
export type MysqlMetricKey = (typeof MYSQL_METRICS)[number]['key'];

const HOUR_MS = 3600_000;
/** Longest span one query may cover: the granularity table stops at 30 days. */
export const DB_PERFORMANCE_MAX_SPAN_MS = 30 * 24 * HOUR_MS;

/**
 * The document's adaptive granularity: 30 s up to 4 h, 1 min up to 2 d, 5 min up to 10 d, 1 h up
 * to 30 d (spans are (a, b] as the table writes them).
 */
export function dbPerformancePeriod(spanMs: number): 30 | 60 | 300 | 3600 {
  if (spanMs <= 4 * HOUR_MS) return 30;
  if (spanMs <= 48 * HOUR_MS) return 60;
  if (spanMs <= 240 * HOUR_MS) return 300;
  return 3600;
}

/** Memcached memory sizes CreateMemcachedInstance and UpdateMemcachedInstance take ("1G-10G"). */
export const MEMCACHED_CONF_SIZES = ['1G', '2G', '3G', '4G', '5G', '6G', '7G', '8G', '9G', '10G'] as const;
export const MEMCACHED_MAX_AMOUNT = 10;
/** Names of database instances: 1–64 letters, digits, Chinese, "_", "-", ".", not starting with a symbol. */
export const PAAS_NAME_RULE = /^[A-Za-z0-9\u4e00-\u9fa5][\w\u4e00-\u9fa5.-]{0,63}$/;

/** MySQL and Redis: "一次最多购买三个". */
export const DB_MAX_AMOUNT = 3;
