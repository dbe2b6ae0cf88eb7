/**
 * Tells every BFF sharing this database what changed, so their in-memory caches (sessions with
 * their person, cloud accounts) drop the entry at once: NOTIFY is delivered when the writing
 * transaction commits, from whichever BFF (or psql session) made the change. See
 * storage/cache/change-feed.ts for the listener and the payloads.
 *
 * Sessions notify on revocation and deletion only: a "last seen" update changes nothing a cache
 * may rely on (each BFF re-reads a session whose cached idle deadline has passed).
 * TRUNCATE fires no row trigger; the caches' time bound (docs/security.md) covers it.
 */
export const sql = `
CREATE FUNCTION console_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('console_changes', 'session:' || OLD.id_hash);
  ELSIF TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('console_changes', 'user:' || OLD.id::text);
  ELSE
    PERFORM pg_notify('console_changes', 'accounts');
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER sessions_notify AFTER UPDATE OF revoked_at OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION console_notify_change();
CREATE TRIGGER users_notify AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION console_notify_change();
CREATE TRIGGER cloud_accounts_notify AFTER INSERT OR UPDATE OR DELETE ON cloud_accounts
  FOR EACH STATEMENT EXECUTE FUNCTION console_notify_change();
`;
