import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { errorOnAField, fieldError } from '../../../kit/form-errors';
import { NewPasswordFields, newPasswordErrors } from '../../../kit/NewPasswordFields';
import { changePerson, PEOPLE_KEY, type Person } from './api';
import { useLastDefined } from '../../../kit/useLastDefined';
import { notifyDone } from '../../../kit/notify';

const SERVER_FIELDS = { password: ['WeakPassword'] } as const;

/** Sets a new password for someone; their sessions end and a lock from failed sign-ins is lifted. */
export function ResetPasswordDialog({ person: given, onClose }: { person: Person | undefined; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const person = useLastDefined(given);
  const [form, setForm] = useState({ password: '', confirm: '' });
  const [tried, setTried] = useState(false);
  const change = useMutation({
    mutationFn: () => changePerson(person!.id, { password: form.password }),
    onSuccess: (user) => {
      notifyDone(t, t('people.done.password', { name: user.username }), 5000);
      void qc.invalidateQueries({ queryKey: PEOPLE_KEY });
      onClose();
    },
  });
  const { reset } = change;
  useEffect(() => {
    if (given) {
      setForm({ password: '', confirm: '' });
      setTried(false);
      reset();
    }
  }, [given, reset]);
  const local = newPasswordErrors(form.password, form.confirm, t);

  return (
    <Modal
      opened={!!given}
      onClose={change.isPending ? () => {} : onClose}
      title={t('people.passwordTitle', { name: person?.username ?? '' })}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!local.password && !local.confirm && !change.isPending) change.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('people.passwordText')}</Text>
          <NewPasswordFields
            password={form.password}
            confirm={form.confirm}
            onChange={(c) => setForm((f) => ({ ...f, ...c }))}
            errors={{
              password: (tried ? local.password : undefined) ?? fieldError(change.error, 'password', SERVER_FIELDS.password),
              confirm: tried ? local.confirm : undefined,
            }}
            testIdPrefix="reset"
          />
          {change.error && !errorOnAField(change.error, SERVER_FIELDS) ? <ErrorNotice error={change.error} title={t('people.passwordFailed')} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={change.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending} data-testid="reset-submit">
              {t('people.passwordSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
