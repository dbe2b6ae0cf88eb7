import {
  QOS_STEP,
  cdsNetworkOps,
  type BillingMethodName,
  type PublicNetwork,
  type Vdc,
} from '@console/api-types/client';
import { Checkbox, Group, NumberInput, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { translateOr, useT } from '../../../i18n/i18n';
import { FormDialog } from '../../../kit/FormDialog';
import { useWhenOpened } from '../../../kit/useWhenOpened';
import { privateProblem } from '../private-form';
import {
  emptyPublicForm,
  IP_CHOICES,
  maxQos,
  minQos,
  publicFormProblems,
  toPublicInput,
  usableOf,
  type PublicForm,
} from '../public-form';
import { PublicNetworkFields } from '../PublicNetworkFields';
import { useRegionWan } from '../queries';

interface DialogProps {
  vdc: Vdc;
  opened: boolean;
  onClose: () => void;
}

/** ModifyPublicNetwork: a new bandwidth in the method's steps, up to what the type sells in the region. */
export function BandwidthDialog({
  vdc,
  network,
  opened,
  onClose,
}: DialogProps & { network: PublicNetwork }) {
  const t = useT();
  const method = (network.billingMethod ?? 'Bandwidth') as BillingMethodName;
  const wan = useRegionWan(opened ? vdc.regionId : undefined);
  const max = Math.min(500, maxQos(wan.goods, network.type ?? '', method));
  const [qos, setQos] = useState(network.qos);
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsNetworkOps.ModifyPublicNetwork, {
    describe: () => ({ label: t('vdc.action.bandwidth'), resource: network.name }),
  });
  useWhenOpened(opened, () => {
    setQos(network.qos);
    setTried(false);
    mutation.reset();
  });
  const step = QOS_STEP[method];
  const problem =
    qos === network.qos
      ? t('vdc.bandwidth.same')
      : qos < minQos(method) || qos > max || qos % step !== 0
        ? t('vdc.pub.qosHint', { min: minQos(method), max, step })
        : undefined;
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('vdc.bandwidth.title', { name: network.name })}
      submitLabel={t('vdc.bandwidth.submit')}
      loading={mutation.isPending}
      error={mutation.error}
      data-testid="bandwidth-dialog"
      onSubmit={() => {
        setTried(true);
        if (!problem) mutation.mutate({ PublicId: network.id, Qos: qos }, { onSuccess: onClose });
      }}
    >
      <Text size="sm">
        {t('vdc.bandwidth.current', {
          qos: network.qos,
          method: translateOr(t, `vdc.method.${method}`, method),
        })}
      </Text>
      <NumberInput
        label={t('vdc.pub.qos')}
        description={t('vdc.pub.qosHint', { min: minQos(method), max, step })}
        min={minQos(method)}
        max={max}
        step={step}
        allowDecimal={false}
        value={qos}
        onChange={(v) => setQos(Number(v) || 0)}
        error={tried ? problem : undefined}
        data-testid="bandwidth-qos"
        data-autofocus
      />
    </FormDialog>
  );
}

/** AddPublicIp: one more block of 4, 8, 16, 32 or 64 addresses. */
export function AddIpsDialog({
  network,
  opened,
  onClose,
}: Omit<DialogProps, 'vdc'> & { network: PublicNetwork }) {
  const t = useT();
  const [count, setCount] = useState(8);
  const mutation = useActionMutation(cdsNetworkOps.AddPublicIp, {
    describe: () => ({ label: t('vdc.action.addIps'), resource: network.name }),
  });
  useWhenOpened(opened, () => {
    setCount(8);
    mutation.reset();
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('vdc.addIps.title', { name: network.name })}
      submitLabel={t('vdc.addIps.submit')}
      loading={mutation.isPending}
      error={mutation.error}
      data-testid="add-ips-dialog"
      onSubmit={() =>
        mutation.mutate({ PublicId: network.id, Number: count }, { onSuccess: onClose })
      }
    >
      <Select
        label={t('vdc.pub.ipNum')}
        description={t('vdc.pub.ipNumHint', { usable: usableOf(count) })}
        data={IP_CHOICES.map((n) => ({ value: String(n), label: String(n) }))}
        value={String(count)}
        onChange={(v) => v && setCount(Number(v))}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        data-testid="add-ips-count"
      />
    </FormDialog>
  );
}

/** CreatePublicNetwork: the same fields as CreateVdc's public network. */
export function AddPublicDialog({ vdc, opened, onClose }: DialogProps) {
  const t = useT();
  const wan = useRegionWan(opened ? vdc.regionId : undefined);
  const [form, setForm] = useState<PublicForm | undefined>();
  const [tried, setTried] = useState(false);
  const current = form ?? emptyPublicForm(wan.goods);
  const mutation = useActionMutation(cdsNetworkOps.CreatePublicNetwork, {
    describe: () => ({ label: t('vdc.action.addPublic'), resource: vdc.name }),
  });
  useWhenOpened(opened, () => {
    setForm(undefined);
    setTried(false);
    mutation.reset();
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('vdc.addPublic.title', { name: vdc.name })}
      submitLabel={t('vdc.addPublic.submit')}
      loading={mutation.isPending}
      error={mutation.error}
      size="lg"
      data-testid="add-public-dialog"
      onSubmit={() => {
        setTried(true);
        if (wan.goods.length === 0 || publicFormProblems(current, wan.goods).length) return;
        mutation.mutate({ VdcId: vdc.id, ...toPublicInput(current) }, { onSuccess: onClose });
      }}
    >
      <PublicNetworkFields
        form={current}
        onChange={setForm}
        goods={wan.goods}
        loading={wan.isLoading}
        tried={tried}
      />
    </FormDialog>
  );
}

/** CreatePrivateNetwork: "auto", or an address and prefix checked before sending. */
export function AddPrivateDialog({ vdc, opened, onClose }: DialogProps) {
  const t = useT();
  const [name, setName] = useState('');
  const [auto, setAuto] = useState(true);
  const [address, setAddress] = useState('192.168.0.0');
  const [mask, setMask] = useState(24);
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsNetworkOps.CreatePrivateNetwork, {
    describe: () => ({ label: t('vdc.action.addPrivate'), resource: vdc.name }),
  });
  useWhenOpened(opened, () => {
    setName('');
    setAuto(true);
    setAddress('192.168.0.0');
    setMask(24);
    setTried(false);
    mutation.reset();
  });
  const problem = auto ? undefined : privateProblem(address, mask, vdc.privateNetworks);
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('vdc.addPrivate.title', { name: vdc.name })}
      submitLabel={t('vdc.addPrivate.submit')}
      loading={mutation.isPending}
      error={mutation.error}
      data-testid="add-private-dialog"
      onSubmit={() => {
        setTried(true);
        if (problem) return;
        const named = name.trim() ? { Name: name.trim() } : {};
        mutation.mutate(
          auto
            ? { VdcId: vdc.id, ...named }
            : { VdcId: vdc.id, ...named, Address: address.trim(), Mask: mask },
          { onSuccess: onClose },
        );
      }}
    >
      <TextInput
        label={t('vdc.private.name')}
        description={t('vdc.private.nameHint')}
        value={name}
        maxLength={64}
        onChange={(e) => setName(e.currentTarget.value)}
        data-testid="private-name"
        data-autofocus
      />
      <Checkbox
        label={t('vdc.private.auto')}
        checked={auto}
        onChange={(e) => setAuto(e.currentTarget.checked)}
        data-testid="private-auto"
      />
      {auto ? null : (
        <Group grow align="flex-start">
          <TextInput
            label={t('vdc.private.address')}
            value={address}
            onChange={(e) => setAddress(e.currentTarget.value)}
            error={
              tried && problem
                ? t(problem.key, 'vars' in problem ? problem.vars : undefined)
                : undefined
            }
            data-testid="private-address"
          />
          <NumberInput
            label={t('vdc.private.mask')}
            min={8}
            max={30}
            allowDecimal={false}
            value={mask}
            onChange={(v) => setMask(Number(v) || 24)}
            prefix="/"
            data-testid="private-mask"
          />
        </Group>
      )}
    </FormDialog>
  );
}
