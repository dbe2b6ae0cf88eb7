import pg from 'pg';
import type { ListenHandlers, Listener } from './cache/change-feed';

/** pg_stat_activity.application_name of the listening connections (operators can spot them). */
export const LISTENER_NAME = 'cloud-console-bff:listen';

/** Waits between reconnection attempts: quick at first, then every few seconds. */
const RETRY_MS = [100, 500, 1000, 2000, 5000];

/**
 * LISTEN on a dedicated connection (a pooled one would be handed to queries and lose it).
 * The first connection must succeed (a start with a broken database stops with the reason);
 * later losses call `down`, and reconnecting calls `up` again once LISTEN is back.
 */
export async function listenPostgres(config: pg.ClientConfig, channel: string, handlers: ListenHandlers): Promise<Listener> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Invalid channel name ${JSON.stringify(channel)}`);
  let closed = false;
  let client: pg.Client | undefined;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;

  const connect = async () => {
    const c = new pg.Client({ application_name: LISTENER_NAME, ...config });
    let established = false;
    let lost = false;
    const onLost = (err?: Error) => {
      // Before LISTEN succeeded, the failing connect() reports it (and retries) instead.
      if (!established || lost || closed) return;
      lost = true;
      client = undefined;
      c.end().catch(() => {});
      handlers.down(err);
      retry();
    };
    c.on('error', onLost);
    c.on('end', () => onLost());
    c.on('notification', (n) => {
      if (n.channel === channel) handlers.message(n.payload ?? '');
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    } catch (err) {
      c.end().catch(() => {});
      throw err;
    }
    if (closed) {
      await c.end();
      return;
    }
    established = true;
    client = c;
    attempt = 0;
    handlers.up();
  };

  const retry = () => {
    if (closed) return;
    const wait = RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]!;
    timer = setTimeout(() => {
      connect().catch((err: Error) => {
        handlers.down(err);
        retry();
      });
    }, wait);
    timer.unref();
  };

  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      await client?.end().catch(() => {});
    },
  };
}
