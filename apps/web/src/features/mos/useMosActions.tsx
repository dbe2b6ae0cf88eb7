import { mosMcsInstanceOps as ops, type MosInstance } from '@console/api-types/client';
import { IconClockPlus, IconPlayerPlay, IconPlayerStop, IconRefresh, IconResize, IconRotate, IconTrash } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useActionMutation } from '../../api/mutation';
import { useI18n } from '../../i18n/i18n';
import { notifyDone } from './notify';
import type { ResourceAction } from '../../kit/actions';
import { useActionRunner } from '../../kit/useActionRunner';
import { ChangeTypeDialog, RebuildDialog, RenewDialog, StopDialog } from './MosDialogs';
import { MOS_RULES } from './mos-state';

type DialogKind = 'stop' | 'renew' | 'changeType' | 'rebuild';

/**
 * Every MOS instance action as data, for the list's row menu and the detail page alike, with
 * the dialogs they open. Each is offered only in the states the service allows (MOS_RULES).
 */
export function useMosActions(onTerminated?: (i: MosInstance) => void) {
  const { t } = useI18n();
  const runner = useActionRunner<MosInstance>();
  const [dialog, setDialog] = useState<{ kind: DialogKind; instance: MosInstance } | undefined>();
  const [open, setOpen] = useState(false);
  const start = useActionMutation(ops.StartInstance, { describe: (i) => ({ label: t('mos.action.start'), resource: i.InstanceId }) });
  const reboot = useActionMutation(ops.RebootInstance, { describe: (i) => ({ label: t('mos.action.reboot'), resource: i.InstanceId }) });
  const terminate = useActionMutation(ops.TerminateInstance, { describe: (i) => ({ label: t('mos.action.terminate'), resource: i.InstanceId }) });

  const actions = useMemo<ResourceAction<MosInstance>[]>(() => {
    const reason = (rule: keyof typeof MOS_RULES) => ([i]: MosInstance[]) => {
      const key = i ? MOS_RULES[rule](i) : undefined;
      return key ? t(key) : undefined;
    };
    const openDialog = (kind: DialogKind) => async ([instance]: MosInstance[]) => {
      if (!instance) return;
      setDialog({ kind, instance });
      setOpen(true);
    };
    const told = (message: string) => notifyDone(t, message);
    return [
      {
        id: 'start',
        label: t('mos.action.start'),
        icon: <IconPlayerPlay size={16} />,
        catalog: ops.StartInstance,
        disabledReason: reason('start'),
        run: async ([i]) => {
          await start.mutateAsync({ InstanceId: i!.id });
          told(t('mos.done.start', { name: i!.name }));
        },
      },
      { id: 'stop', label: t('mos.action.stop'), icon: <IconPlayerStop size={16} />, catalog: ops.StopInstance, disabledReason: reason('stop'), run: openDialog('stop') },
      {
        id: 'reboot',
        label: t('mos.action.reboot'),
        icon: <IconRefresh size={16} />,
        catalog: ops.RebootInstance,
        disabledReason: reason('reboot'),
        confirm: ([i]) => ({ title: t('mos.confirm.rebootTitle', { name: i!.name }), message: t('mos.confirm.rebootText'), names: [i!.name], confirmLabel: t('mos.action.reboot'), danger: false }),
        run: async ([i]) => {
          await reboot.mutateAsync({ InstanceId: i!.id });
          told(t('mos.done.reboot', { name: i!.name }));
        },
      },
      { id: 'changeType', label: t('mos.action.changeType'), icon: <IconResize size={16} />, catalog: ops.ChangeInstanceType, disabledReason: reason('changeType'), run: openDialog('changeType') },
      { id: 'renew', label: t('mos.action.renew'), icon: <IconClockPlus size={16} />, catalog: ops.RenewInstance, disabledReason: reason('renew'), run: openDialog('renew') },
      { id: 'rebuild', label: t('mos.action.rebuild'), icon: <IconRotate size={16} />, catalog: ops.RebuildInstanceRootImage, danger: true, disabledReason: reason('rebuild'), run: openDialog('rebuild') },
      {
        id: 'terminate',
        label: t('mos.action.terminate'),
        icon: <IconTrash size={16} />,
        catalog: ops.TerminateInstance,
        danger: true,
        disabledReason: reason('terminate'),
        confirm: ([i]) => ({
          title: t('mos.confirm.terminateTitle', { name: i!.name }),
          message: t('mos.confirm.terminateText'),
          names: [i!.name],
          confirmLabel: t('mos.action.terminate'),
          typeToConfirm: i!.name,
        }),
        run: async ([i]) => {
          await terminate.mutateAsync({ InstanceId: i!.id });
          told(t('mos.done.terminate', { name: i!.name }));
          onTerminated?.(i!);
        },
      },
    ];
  }, [t, start, reboot, terminate, onTerminated]);

  const close = () => setOpen(false);
  const props = (kind: DialogKind) => ({ instance: dialog?.instance, opened: open && dialog?.kind === kind, onClose: close });
  const dialogs: ReactNode = (
    <>
      <StopDialog {...props('stop')} />
      <RenewDialog {...props('renew')} />
      <ChangeTypeDialog {...props('changeType')} />
      <RebuildDialog {...props('rebuild')} />
      {runner.dialog}
    </>
  );
  return { actions, runner, dialogs };
}
