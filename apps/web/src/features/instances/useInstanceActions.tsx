import { cdsCcs, type Instance } from '@console/api-types/client';
import { useQueryClient } from '@tanstack/react-query';
import { IconPlayerPlay, IconPlayerStop, IconTrash } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { inGroup, useActionMutation } from '../../api/mutation';
import { useT } from '../../i18n/i18n';
import type { ResourceAction } from '../../kit/actions';
import { useGroupedRun } from '../../tasks/bulk';
import { markInstances } from './optimistic';
import { blockedFor, deleteBlocked, deleteConfirmWord, powerOnBlocked, stopBlocked } from './rules';

const names = (items: readonly Instance[]) => items.map((i) => i.name || i.id);

/** The instance actions as data: the row menu and the bulk bar read the same list. */
export function useInstanceActions(lookupName: (id: string) => string): ResourceAction<Instance>[] {
  const t = useT();
  const qc = useQueryClient();

  const { mutateAsync: stopAsync } = useActionMutation(cdsCcs.StopInstance, {
    describe: (input) => ({ label: t('instances.action.stop'), resource: lookupName(input.InstanceId), resourceId: input.InstanceId }),
    onMutate: (input, account) => markInstances(qc, [input.InstanceId], 'stopping', account),
  });
  const { mutateAsync: powerOnAsync } = useActionMutation(cdsCcs.RebootInstance, {
    describe: (input) => ({ label: t('instances.action.powerOn'), resource: lookupName(input.InstanceId), resourceId: input.InstanceId }),
    onMutate: (input, account) => markInstances(qc, [input.InstanceId], 'starting', account),
  });
  const { mutateAsync: removeAsync } = useActionMutation(cdsCcs.DeleteInstance, {
    describe: (input) => ({
      label: t('instances.action.delete'),
      resource: input.InstanceIds.map(lookupName).join(', '),
      resourceId: input.InstanceIds.length === 1 ? input.InstanceIds[0] : undefined,
    }),
    onMutate: (input, account) => markInstances(qc, input.InstanceIds, 'deleting', account),
  });

  // Stop and power on take one id: a selection runs them per instance, as one group (one notice,
  // its items in the task centre), with a result for each.
  const grouped = useGroupedRun();
  const each = useCallback(
    (items: Instance[], run: (i: Instance, group?: string) => Promise<unknown>, label: string, def: typeof cdsCcs.StopInstance | typeof cdsCcs.RebootInstance) =>
      grouped({ label, items, nameOf: (i) => i.name || i.id, idOf: (i) => i.id, def }, run, (failed, total) =>
        t('bulk.partialFailure', { action: label, failed, total }),
      ),
    [t, grouped],
  );

  return useMemo<ResourceAction<Instance>[]>(
    () => [
      {
        id: 'stop',
        label: t('instances.action.stop'),
        icon: <IconPlayerStop size={16} />,
        catalog: cdsCcs.StopInstance,
        disabledReason: (items) => blockedFor(stopBlocked, items, t),
        confirm: (items) => ({
          title: t('instances.confirmStop.title'),
          message: t('instances.confirmStop.message'),
          names: names(items),
          confirmLabel: t('instances.action.stop'),
          danger: false,
        }),
        bulk: true,
        run: (items) => each(items, (i, g) => stopAsync(inGroup({ InstanceId: i.id }, g)), t('instances.action.stop'), cdsCcs.StopInstance),
      },
      {
        id: 'power-on',
        label: t('instances.action.powerOn'),
        icon: <IconPlayerPlay size={16} />,
        catalog: cdsCcs.RebootInstance,
        disabledReason: (items) => blockedFor(powerOnBlocked, items, t),
        bulk: true,
        run: (items) => each(items, (i, g) => powerOnAsync(inGroup({ InstanceId: i.id }, g)), t('instances.action.powerOn'), cdsCcs.RebootInstance),
      },
      {
        id: 'delete',
        label: t('instances.action.delete'),
        icon: <IconTrash size={16} />,
        catalog: cdsCcs.DeleteInstance,
        danger: true,
        bulk: true,
        disabledReason: (items) => blockedFor(deleteBlocked, items, t),
        confirm: (items) => ({
          title: t(items.length > 1 ? 'instances.confirmDelete.titleMany' : 'instances.confirmDelete.titleOne', { count: items.length }),
          message: t('instances.confirmDelete.message'),
          names: names(items),
          confirmLabel: t('instances.action.delete'),
          typeToConfirm: deleteConfirmWord(items),
          danger: true,
        }),
        run: (items) => removeAsync({ InstanceIds: items.map((i) => i.id) }),
      },
    ],
    [t, each, stopAsync, powerOnAsync, removeAsync],
  );
}
