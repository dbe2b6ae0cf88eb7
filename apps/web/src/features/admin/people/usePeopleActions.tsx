import { IconKey, IconLockOpen, IconUserCheck, IconUserCog, IconUserOff } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useT } from '../../../i18n/i18n';
import type { ResourceAction } from '../../../kit/actions';
import { changePerson, isLocked, PEOPLE_KEY, unlockPerson, type Person } from './api';
import { notifyDone } from '../../../kit/notify';

interface Options {
  /** The signed-in admin's id: they cannot disable themselves. */
  me: string | undefined;
  onChangeRole: (p: Person) => void;
  onResetPassword: (p: Person) => void;
}

/** A person's row menu as data: change role, reset password, unlock, disable or enable. */
export function usePeopleActions({ me, onChangeRole, onResetPassword }: Options) {
  const t = useT();
  const qc = useQueryClient();
  const refresh = useCallback(() => qc.invalidateQueries({ queryKey: PEOPLE_KEY }), [qc]);

  return useCallback(
    (person: Person): ResourceAction<Person>[] => {
      const done = (message: string) => {
        notifyDone(t, message);
        return refresh();
      };
      const actions: ResourceAction<Person>[] = [
        {
          id: 'change-role',
          label: t('people.action.role'),
          icon: <IconUserCog size={16} />,
          run: async ([p]) => p && onChangeRole(p),
        },
        {
          id: 'reset-password',
          label: t('people.action.password'),
          icon: <IconKey size={16} />,
          run: async ([p]) => p && onResetPassword(p),
        },
        {
          id: 'unlock',
          label: t('people.action.unlock'),
          icon: <IconLockOpen size={16} />,
          disabledReason: ([p]) => (p && !isLocked(p) ? t('people.reason.notLocked') : undefined),
          run: async ([p]) => {
            if (!p) return;
            await unlockPerson(p.id);
            await done(t('people.done.unlocked', { name: p.username }));
          },
        },
      ];
      if (person.disabled) {
        actions.push({
          id: 'enable',
          label: t('people.action.enable'),
          icon: <IconUserCheck size={16} />,
          confirm: ([p]) => ({
            title: t('people.confirmEnable.title', { name: p?.username ?? '' }),
            message: t('people.confirmEnable.message'),
            names: [p?.username ?? ''],
            confirmLabel: t('people.action.enable'),
            danger: false,
          }),
          run: async ([p]) => {
            if (!p) return;
            await changePerson(p.id, { disabled: false });
            await done(t('people.done.enabled', { name: p.username }));
          },
        });
      } else {
        actions.push({
          id: 'disable',
          label: t('people.action.disable'),
          icon: <IconUserOff size={16} />,
          danger: true,
          disabledReason: ([p]) => (p?.id === me ? t('people.reason.self') : undefined),
          confirm: ([p]) => ({
            title: t('people.confirmDisable.title', { name: p?.username ?? '' }),
            message: t('people.confirmDisable.message'),
            names: [p?.username ?? ''],
            confirmLabel: t('people.action.disable'),
            danger: true,
          }),
          run: async ([p]) => {
            if (!p) return;
            await changePerson(p.id, { disabled: true });
            await done(t('people.done.disabled', { name: p.username }));
          },
        });
      }
      return actions;
    },
    [t, me, onChangeRole, onResetPassword, refresh],
  );
}
