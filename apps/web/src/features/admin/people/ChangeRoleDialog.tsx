import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { SESSION_KEY, type Role } from '../../../api/session';
import { roleLabel } from '../../../auth/roles';
import { useT } from '../../../i18n/i18n';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { changePerson, PEOPLE_KEY, type Person } from './api';
import { RoleSelect } from './RoleSelect';
import { useLastDefined } from '../../../kit/useLastDefined';
import { notifyDone } from '../../../kit/notify';

/** Changes a person's role. The server refuses to demote the last admin; its message is shown here. */
export function ChangeRoleDialog({ person: given, onClose }: { person: Person | undefined; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const person = useLastDefined(given);
  const [role, setRole] = useState<Role>('viewer');
  const change = useMutation({
    mutationFn: () => changePerson(person!.id, { role }),
    onSuccess: (user) => {
      notifyDone(t, t('people.done.role', { name: user.username, role: roleLabel(t, user.role) }));
      void qc.invalidateQueries({ queryKey: PEOPLE_KEY });
      void qc.invalidateQueries({ queryKey: SESSION_KEY }); // one's own role may have changed
      onClose();
    },
  });
  const { reset } = change;
  useEffect(() => {
    if (given) {
      setRole(given.role);
      reset();
    }
  }, [given, reset]);

  return (
    <Modal
      opened={!!given}
      onClose={change.isPending ? () => {} : onClose}
      title={t('people.roleTitle', { name: person?.username ?? '' })}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (person && role !== person.role && !change.isPending) change.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('people.roleCurrent', { role: roleLabel(t, person?.role) })}</Text>
          <RoleSelect value={role} onChange={setRole} />
          {change.error ? <ErrorNotice error={change.error} title={t('people.roleFailed')} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={change.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending} disabled={role === person?.role} data-testid="role-submit" data-autofocus>
              {t('people.roleSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
