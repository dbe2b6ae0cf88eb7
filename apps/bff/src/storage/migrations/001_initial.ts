/**
 * The first schema. Never edit a migration once released: `migrate` checks each applied
 * migration's checksum and refuses to start when one changed. Add 002_... instead.
 *
 * Times are timestamptz written by the BFF (so tests can move the clock). Ids of people and
 * cloud accounts are UUIDs made by the BFF; the audit log's id is a bigint identity.
 * No CHECK on values another module owns (audit outcome, language, theme): a new value there
 * must not make writes fail, least of all audit writes, which gate upstream calls.
 */
export const sql = `
CREATE TABLE users (
  id                   uuid PRIMARY KEY,
  username             text NOT NULL CHECK (length(username) BETWEEN 1 AND 64),
  display_name         text NOT NULL DEFAULT '',
  role                 text NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),
  password_hash        text NOT NULL,
  disabled             boolean NOT NULL DEFAULT false,
  language             text NOT NULL DEFAULT 'zh-CN',
  theme                text NOT NULL DEFAULT 'system',
  password_changed_at  timestamptz NOT NULL,
  last_login_at        timestamptz,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL
);
-- Usernames are unique regardless of case: "Admin" and "admin" are one person.
CREATE UNIQUE INDEX users_username_key ON users (lower(username));

CREATE TABLE sessions (
  -- sha256 (hex) of the cookie value; the value itself is never stored, so a leaked table
  -- does not hand out live sessions.
  id_hash         text PRIMARY KEY,
  user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at      timestamptz NOT NULL,
  last_seen_at    timestamptz NOT NULL,
  revoked_at      timestamptz,
  revoked_reason  text,
  ip              text,
  user_agent      text
);
CREATE INDEX sessions_user_id ON sessions (user_id);
CREATE INDEX sessions_last_seen_at ON sessions (last_seen_at);

-- Failed logins per username (known or not: no enumeration) and per client address.
CREATE TABLE login_throttle (
  scope              text NOT NULL CHECK (scope IN ('user', 'ip')),
  key                text NOT NULL,
  failures           integer NOT NULL,
  window_started_at  timestamptz NOT NULL,
  locked_until       timestamptz,
  PRIMARY KEY (scope, key)
);

CREATE TABLE cloud_accounts (
  id             uuid PRIMARY KEY,
  provider       text NOT NULL CHECK (provider IN ('cds', 'mos')),
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  access_key_id  text NOT NULL,
  -- AES-256-GCM sealed (crypto/secret-box), bound to this row's id.
  secret_sealed  text NOT NULL,
  -- e.g. ****abcd, computed at write time so listing never touches the secret.
  secret_hint    text NOT NULL,
  endpoint_area  text NOT NULL CHECK (endpoint_area IN ('mainland', 'asia-pacific', 'americas-europe', 'custom')),
  endpoint_url   text,
  created_by     text,
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL,
  CHECK ((endpoint_area = 'custom') = (endpoint_url IS NOT NULL))
);
CREATE UNIQUE INDEX cloud_accounts_name_key ON cloud_accounts (provider, lower(name));

-- Append-only: an action writes a 'pending' row before it is sent and an outcome row after.
CREATE TABLE audit_log (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  time                 timestamptz NOT NULL,
  request_id           text NOT NULL,
  username             text NOT NULL,
  ip                   text NOT NULL,
  account              text,
  provider             text NOT NULL,
  product              text NOT NULL,
  action               text NOT NULL,
  region               text,
  params               jsonb NOT NULL DEFAULT 'null',
  outcome              text NOT NULL,
  code                 text,
  task_ids             text[] NOT NULL DEFAULT '{}',
  upstream_request_id  text
);
CREATE INDEX audit_log_time ON audit_log (time DESC, id DESC);
CREATE INDEX audit_log_username_time ON audit_log (lower(username), time DESC);
CREATE INDEX audit_log_action_time ON audit_log (action, time DESC);
CREATE INDEX audit_log_request_id ON audit_log (request_id);
`;
