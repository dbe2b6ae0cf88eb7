/**
 * At most `max` of these tasks run at once; the rest wait their turn in order. Used so that one
 * kind of statement (an audit insert stuck behind a locked table) can never take every pool
 * connection: the others stay free for sessions, accounts and reads.
 */
export function concurrencyLimit(max: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
