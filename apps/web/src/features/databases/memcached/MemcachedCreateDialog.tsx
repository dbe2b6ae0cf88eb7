import { cdsMemcached, MEMCACHED_CONF_SIZES, MEMCACHED_MAX_AMOUNT, PAAS_NAME_RULE } from '@console/api-types/client';
import { NumberInput, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useActionMutation } from '../../../api/mutation';
import { regionFrom } from '../../../context/region';
import { useT } from '../../../i18n/i18n';
import { FormDialog } from '../../../kit/FormDialog';
import { useWhenOpened } from '../../../kit/useWhenOpened';
import { NetworkFields, type NetworkChoice } from '../shared/NetworkFields';
import { useRegionOptions } from '../shared/useRegions';

/** Create Memcached: a size of 1G–10G in one of the account's VDCs and private networks; up to 10 at once. */
export function MemcachedCreateDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const [params] = useSearchParams();
  const { options: regions } = useRegionOptions('mysql');
  const [regionId, setRegionId] = useState<string | undefined>();
  const [net, setNet] = useState<NetworkChoice>({});
  const [conf, setConf] = useState<string>('1G');
  const [name, setName] = useState('');
  const [amount, setAmount] = useState(1);
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsMemcached.CreateMemcachedInstance, { describe: (i) => ({ label: t('memcached.create'), resource: i.InstanceName }) });
  useWhenOpened(opened, () => {
    setRegionId(regionFrom(params) ?? 'CN_Beijing_A');
    setNet({});
    setConf('1G');
    setName('');
    setAmount(1);
    setTried(false);
    mutation.reset();
  });
  const problems = {
    name: name === '' || PAAS_NAME_RULE.test(name) ? undefined : t('db.form.nameInvalid'),
    vdc: net.vdcId ? undefined : t('db.form.vdcRequired'),
    network: net.networkId ? undefined : t('db.form.networkRequired'),
    amount: amount >= 1 && amount <= MEMCACHED_MAX_AMOUNT ? undefined : t('db.form.amountInvalid', { max: MEMCACHED_MAX_AMOUNT }),
  };
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('memcached.create')}
      submitLabel={t('memcached.create')}
      loading={mutation.isPending}
      error={mutation.error}
      data-testid="memcached-dialog"
      onSubmit={() => {
        setTried(true);
        if (Object.values(problems).some(Boolean) || !regionId || !net.vdcId || !net.networkId) return;
        mutation.mutate(
          { RegionId: regionId, VdcId: net.vdcId, PipeId: net.networkId, ConfSize: conf as (typeof MEMCACHED_CONF_SIZES)[number], Amount: amount, ...(name ? { InstanceName: name } : {}) },
          { onSuccess: onClose },
        );
      }}
    >
      <Select label={t('db.form.region')} data={regions} value={regionId ?? null} onChange={(r) => (setRegionId(r ?? undefined), setNet({}))} allowDeselect={false} searchable comboboxProps={{ withinPortal: true }} data-testid="db-region" />
      <Select label={t('memcached.col.size')} data={MEMCACHED_CONF_SIZES.map((s) => ({ value: s, label: s }))} value={conf} onChange={(v) => v && setConf(v)} allowDeselect={false} comboboxProps={{ withinPortal: true }} data-testid="memcached-size" />
      <NetworkFields regionId={regionId} value={net} onChange={setNet} errors={{ vdc: tried ? problems.vdc : undefined, network: tried ? problems.network : undefined }} />
      <TextInput label={t('db.form.name')} description={t('memcached.nameOptional')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={tried ? problems.name : undefined} data-testid="db-name" />
      <NumberInput label={t('db.form.amount')} description={t('db.form.amountRule', { max: MEMCACHED_MAX_AMOUNT })} min={1} max={MEMCACHED_MAX_AMOUNT} value={amount} onChange={(v) => setAmount(typeof v === 'number' ? v : 0)} error={tried ? problems.amount : undefined} allowDecimal={false} />
    </FormDialog>
  );
}
