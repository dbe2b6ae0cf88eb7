import { cdsCcsInstanceOps, type Instance } from '@console/api-types/client';
import { IconCpu, IconReceipt, IconRefreshAlert } from '@tabler/icons-react';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useT } from '../../../i18n/i18n';
import type { ResourceAction } from '../../../kit/actions';
import { blockedFor } from '../rules';
import { changeSpecBlocked, chargeTypeBlocked, resetImageBlocked } from './rules';

// The dialogs (and their form components) load when one is first opened, not with the list.
const SpecDialog = lazy(() => import('./SpecDialog').then((m) => ({ default: m.SpecDialog })));
const ChargeDialog = lazy(() => import('./ChargeDialog').then((m) => ({ default: m.ChargeDialog })));
const ResetImageDialog = lazy(() => import('./ResetImageDialog').then((m) => ({ default: m.ResetImageDialog })));

type Kind = 'spec' | 'charge' | 'reset';

/**
 * The actions of issue #3 that need a form (change spec, change billing, reinstall), as data for
 * the list's row menu and the detail header. Running one opens its dialog; the dialog sends the
 * call. `current` gives the freshest copy of an instance (the detail's own query) when it has one.
 */
export function useComputeActions(current?: (id: string) => Instance | undefined): { actions: ResourceAction<Instance>[]; dialogs: ReactNode } {
  const t = useT();
  const [open, setOpen] = useState<{ kind: Kind; instance: Instance } | undefined>();
  const [shown, setShown] = useState(false);

  const actions = useMemo<ResourceAction<Instance>[]>(() => {
    const opener = (kind: Kind) => async ([i]: Instance[]) => {
      if (!i) return;
      setOpen({ kind, instance: i });
      setShown(true);
    };
    return [
      {
        id: 'change-spec',
        label: t('compute.action.changeSpec'),
        icon: <IconCpu size={16} />,
        catalog: cdsCcsInstanceOps.ModifyInstanceSpec,
        disabledReason: (items) => blockedFor(changeSpecBlocked, items, t),
        run: opener('spec'),
      },
      {
        id: 'charge-type',
        label: t('compute.action.chargeType'),
        icon: <IconReceipt size={16} />,
        catalog: cdsCcsInstanceOps.ModifyInstanceChargeType,
        disabledReason: (items) => blockedFor(chargeTypeBlocked, items, t),
        run: opener('charge'),
      },
      {
        id: 'reset-image',
        label: t('compute.action.resetImage'),
        icon: <IconRefreshAlert size={16} />,
        catalog: cdsCcsInstanceOps.ResetImage,
        danger: true,
        disabledReason: (items) => blockedFor(resetImageBlocked, items, t),
        run: opener('reset'),
      },
    ];
  }, [t]);

  const instance = open ? (current?.(open.instance.id) ?? open.instance) : undefined;
  const close = () => setShown(false);
  const dialogs = instance ? (
    <Suspense fallback={null}>
      {open?.kind === 'spec' ? <SpecDialog instance={instance} opened={shown} onClose={close} /> : null}
      {open?.kind === 'charge' ? <ChargeDialog instance={instance} opened={shown} onClose={close} /> : null}
      {open?.kind === 'reset' ? <ResetImageDialog instance={instance} opened={shown} onClose={close} /> : null}
    </Suspense>
  ) : null;
  return { actions, dialogs };
}
