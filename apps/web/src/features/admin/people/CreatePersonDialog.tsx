import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Role } from '../../../api/session';
import { useT } from '../../../i18n/i18n';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { errorOnAField, fieldError } from '../../../kit/form-errors';
import { NewPasswordFields, newPasswordErrors } from '../../../kit/NewPasswordFields';
import { createPerson, PEOPLE_KEY } from './api';
import { RoleSelect } from './RoleSelect';
import { notifyDone } from '../../../kit/notify';

const EMPTY = { username: '', displayName: '', role: 'viewer' as Role, password: '', confirm: '' };
const SERVER_FIELDS = { username: ['Conflict'], password: ['WeakPassword'] } as const;

/** Adds a person with a role and an initial password (which they can change in their profile). */
export function CreatePersonDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const [tried, setTried] = useState(false);
  const set = (change: Partial<typeof EMPTY>) => setForm((f) => ({ ...f, ...change }));
  const create = useMutation({
    mutationFn: () =>
      createPerson({ username: form.username.trim(), displayName: form.displayName.trim() || undefined, role: form.role, password: form.password }),
    onSuccess: (user) => {
      notifyDone(t, t('people.done.created', { name: user.username }));
      void qc.invalidateQueries({ queryKey: PEOPLE_KEY });
      onClose();
    },
  });
  const { reset } = create;
  useEffect(() => {
    if (opened) {
      setForm(EMPTY);
      setTried(false);
      reset();
    }
  }, [opened, reset]);

  const pw = newPasswordErrors(form.password, form.confirm, t);
  const local = { username: form.username.trim() ? undefined : t('people.err.username'), ...pw };
  const shown = (f: keyof typeof local) => (tried ? local[f] : undefined);

  return (
    <Modal opened={opened} onClose={create.isPending ? () => {} : onClose} title={t('people.create')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!Object.values(local).some(Boolean) && !create.isPending) create.mutate();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('people.username')}
            value={form.username}
            onChange={(e) => set({ username: e.currentTarget.value })}
            error={shown('username') ?? fieldError(create.error, 'username', SERVER_FIELDS.username)}
            autoComplete="off"
            spellCheck={false}
            required
            data-autofocus
            data-testid="person-username"
          />
          <TextInput
            label={t('people.displayName')}
            description={t('people.displayNameHint')}
            value={form.displayName}
            onChange={(e) => set({ displayName: e.currentTarget.value })}
            maxLength={100}
            data-testid="person-display-name"
          />
          <RoleSelect value={form.role} onChange={(role) => set({ role })} />
          <NewPasswordFields
            label={t('people.initialPassword')}
            password={form.password}
            confirm={form.confirm}
            onChange={set}
            errors={{ password: shown('password') ?? fieldError(create.error, 'password', SERVER_FIELDS.password), confirm: shown('confirm') }}
            testIdPrefix="person"
          />
          {create.error && !errorOnAField(create.error, SERVER_FIELDS) ? <ErrorNotice error={create.error} title={t('people.createFailed')} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="person-submit">
              {t('people.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
