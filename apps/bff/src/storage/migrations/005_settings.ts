/**
 * Settings an admin chooses in the console (issue 12: the default cloud account of each
 * provider), one row per key. The environment gives their first values (DEFAULT_CDS_ACCOUNT,
 * DEFAULT_MOS_ACCOUNT); a stored value wins over it. Values are JSON so a new setting needs no
 * migration; each module validates its own (storage/settings.ts).
 */
export const sql = `
CREATE TABLE settings (
  key         text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_.]{0,63}$'),
  value       jsonb NOT NULL,
  updated_by  text,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
`;
