import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endSession, signOutCall } from '../api/session';
import { useT } from '../i18n/i18n';
import { showErrorNotification } from '../kit/ErrorNotice';
import { useTaskTracker } from '../tasks/TaskProvider';

/** Signs out on the server first; only then is the person shown signed out (a failed call says so). */
export function useSignOut() {
  const qc = useQueryClient();
  const tracker = useTaskTracker();
  const t = useT();
  return useMutation({
    mutationFn: signOutCall,
    onSuccess: () => {
      tracker.reset();
      endSession(qc, 'signedOut');
    },
    onError: (err) => showErrorNotification(err, t('auth.signOutFailed')),
  });
}
