import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { useRunReason } from '../auth/permission';
import { useT } from '../i18n/i18n';
import { reasonDisabled, type ConfirmSpec, type ResourceAction } from './actions';
import { showErrorNotification } from './ErrorNotice';

// The confirmation (its dialog, list and typed word) loads with the first action that asks for it.
const ConfirmDelete = lazy(() =>
  import('./ConfirmDelete').then((m) => ({ default: m.ConfirmDelete })),
);

interface Pending<T> {
  action: ResourceAction<T>;
  items: T[];
  spec: ConfirmSpec;
}

export interface ActionRunner<T> {
  /** Runs an action on items: asks first when it has a confirmation, reports failures. */
  request: (action: ResourceAction<T>, items: T[]) => void;
  /** The id of the action running right now, if any. */
  busy: string | undefined;
  /** Render once where the runner is used: the confirmation dialog. */
  dialog: ReactNode;
}

/** The one runner every action goes through (progress, confirmation, errors). */
export function useActionRunner<T>(
  onDone?: (action: ResourceAction<T>, items: T[]) => void,
): ActionRunner<T> {
  const t = useT();
  const runReason = useRunReason();
  // The last request stays after closing, so the dialog does not go blank while it fades out.
  const [pending, setPending] = useState<Pending<T> | undefined>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();

  const execute = useCallback(
    async (action: ResourceAction<T>, items: T[], inDialog: boolean) => {
      setBusy(action.id);
      setError(undefined);
      try {
        await action.run(items);
        setOpen(false);
        onDone?.(action, items);
      } catch (err) {
        // In a dialog the error stays there, next to the retry; otherwise a toast that stays.
        if (inDialog) setError(err);
        else showErrorNotification(err, t('error.actionFailedNamed', { action: action.label }));
      } finally {
        setBusy(undefined);
      }
    },
    [onDone, t],
  );

  const request = useCallback(
    (action: ResourceAction<T>, items: T[]) => {
      if (items.length === 0 || reasonDisabled(action, items, runReason)) return;
      if (action.confirm) {
        setError(undefined);
        setPending({ action, items, spec: action.confirm(items) });
        setOpen(true);
      } else {
        void execute(action, items, false);
      }
    },
    [execute, runReason],
  );

  const dialog = useMemo(
    () =>
      pending ? (
        <Suspense fallback={null}>
          <ConfirmDelete
            opened={open}
            title={pending.spec.title ?? ''}
            message={pending.spec.message}
            names={pending.spec.names ?? []}
            confirmLabel={pending.spec.confirmLabel ?? ''}
            typeToConfirm={pending.spec.typeToConfirm}
            danger={pending.spec.danger ?? pending.action.danger}
            loading={!!busy && busy === pending.action.id}
            error={error}
            onClose={() => setOpen(false)}
            onConfirm={() => void execute(pending.action, pending.items, true)}
          />
        </Suspense>
      ) : null,
    [pending, open, busy, error, execute],
  );

  // The same object while nothing changes: a list's columns hold it, and stay the same with it.
  return useMemo(() => ({ request, busy, dialog }), [request, busy, dialog]);
}
