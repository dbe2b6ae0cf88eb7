import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useLocation } from 'react-router';
import { SESSION_KEY, SIGN_OUT_REASON_KEY, type SessionUser, type SignOutReason } from '../api/session';
import { dropDraft, mergeDraft, saveDraft, sessionStore, takeDraft } from './drafts';

/**
 * useState for a form field (or a form object) that survives an expired session: when the
 * session ends under the form (the BFF answered 401, the shell goes to the sign-in page), what
 * was typed is kept in sessionStorage for this route; after the same person signs in again
 * (the sign-in returns to this route) the form opens with it. Password and secret fields are
 * never kept: leave them to plain useState, or name them in `omit` for a form object (names
 * like "password" or "secret" are dropped anyway).
 */
export function useKeptState<T>(id: string, initial: T | (() => T), omit: readonly string[] = []): [T, Dispatch<SetStateAction<T>>, boolean] {
  const qc = useQueryClient();
  const { pathname } = useLocation();
  const place = `${pathname}#${id}`;
  const owner = qc.getQueryData<SessionUser | null>(SESSION_KEY)?.id;
  const [{ value, restored }, setState] = useState<{ value: T; restored: boolean }>(() => {
    const fresh = typeof initial === 'function' ? (initial as () => T)() : initial;
    const kept = owner ? takeDraft(sessionStore(), place, owner, Date.now(), false) : undefined;
    return kept ? { value: mergeDraft(fresh, kept.value), restored: true } : { value: fresh, restored: false };
  });
  const setValue = useCallback<Dispatch<SetStateAction<T>>>(
    (next) => setState((s) => ({ ...s, value: typeof next === 'function' ? (next as (v: T) => T)(s.value) : next })),
    [],
  );
  const latest = useRef({ value, owner, place, omit });
  latest.current = { value, owner, place, omit };

  useEffect(() => {
    // Given back once: a later visit starts afresh.
    dropDraft(sessionStore(), latest.current.place);
    return () => {
      // Unmounted because the session expired (not because the person left): keep what was typed.
      const { value: v, owner: who, place: where, omit: skip } = latest.current;
      if (who && qc.getQueryData<SignOutReason>(SIGN_OUT_REASON_KEY) === 'expired') saveDraft(sessionStore(), where, who, v, skip);
    };
  }, [qc]);
  // The third value: the form opened with a kept draft (say so, and that passwords are to be typed again).
  return [value, setValue, restored];
}
