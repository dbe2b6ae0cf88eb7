/**
 * The audit log read as one row per request (issue 13). The table stays append-only: an outcome
 * record names the 'pending' record it ends (outcome_of, found when it is inserted), and the list
 * joins the two. Each record also names the resource the write touched (type, ids, name), so the
 * log can be searched and linked by resource, and the task centre can say what a task is about.
 *
 * Records written before this migration are paired here once, the same way the insert pairs them:
 * the latest earlier 'pending' record of the same request, person and action.
 */
export const sql = `
ALTER TABLE audit_log
  ADD COLUMN outcome_of     bigint,
  ADD COLUMN resource_type  text,
  ADD COLUMN resource_ids   text[] NOT NULL DEFAULT '{}',
  ADD COLUMN resource_name  text,
  -- A successful write that removed the resource itself: later rows stop linking to it.
  ADD COLUMN resource_gone  boolean NOT NULL DEFAULT false;

UPDATE audit_log o SET outcome_of = (
  SELECT max(p.id) FROM audit_log p
   WHERE p.request_id = o.request_id AND p.username = o.username AND p.action = o.action
     AND p.outcome = 'pending' AND p.id < o.id)
 WHERE o.outcome <> 'pending';

CREATE INDEX audit_log_outcome_of ON audit_log (outcome_of) WHERE outcome_of IS NOT NULL;
CREATE INDEX audit_log_requests_time ON audit_log (time DESC, id DESC) WHERE outcome_of IS NULL;
CREATE INDEX audit_log_resource_ids ON audit_log USING gin (resource_ids);
CREATE INDEX audit_log_account_tasks ON audit_log (account, time DESC) WHERE cardinality(task_ids) > 0;
`;
