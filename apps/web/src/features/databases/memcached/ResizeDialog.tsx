import { cdsMemcached, MEMCACHED_CONF_SIZES, type MemcachedInstance } from '@console/api-types/client';
import { Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { useT } from '../../../i18n/i18n';
import { FormDialog } from '../../../kit/FormDialog';

/** UpdateMemcachedInstance: another memory size (1G–10G); the same size is not a change. */
export function ResizeDialog({ instance, opened, onClose }: { instance: MemcachedInstance; opened: boolean; onClose: () => void }) {
  const t = useT();
  const [conf, setConf] = useState(instance.conf);
  const mutation = useActionMutation(cdsMemcached.UpdateMemcachedInstance, { describe: () => ({ label: t('memcached.action.resize'), resource: instance.name }) });
  const same = conf === instance.conf;
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('memcached.resize.title', { name: instance.name })}
      submitLabel={t('memcached.action.resize')}
      loading={mutation.isPending}
      error={mutation.error}
      submitDisabled={same}
      data-testid="resize-dialog"
      onSubmit={() => mutation.mutate({ InstanceId: instance.id, ConfSize: conf as (typeof MEMCACHED_CONF_SIZES)[number] }, { onSuccess: onClose })}
    >
      <Text size="sm">{t('memcached.resize.current', { conf: instance.conf })}</Text>
      <Select label={t('memcached.col.size')} data={MEMCACHED_CONF_SIZES.map((s) => ({ value: s, label: s }))} value={conf} onChange={(v) => v && setConf(v)} allowDeselect={false} comboboxProps={{ withinPortal: true }} error={same ? t('memcached.resize.same') : undefined} data-testid="resize-size" />
    </FormDialog>
  );
}
