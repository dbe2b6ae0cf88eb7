import { mosMcsInstanceOps as ops } from '@console/api-types/client';
import { Anchor, Button, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useActionMutation } from '../../api/mutation';
import { sharedSearch } from '../../context/account';
import { useI18n } from '../../i18n/i18n';
import { notifyDone } from './notify';
import { ActionButton } from '../../kit/ActionButton';
import { ErrorNotice } from '../../kit/ErrorNotice';
import { PageHeader } from '../../kit/PageHeader';
import { DraftRestored } from '../../kit/DraftRestored';
import { useKeptState } from '../../kit/useKeptState';
import { MosBalance } from './MosBalance';
import { DurationField } from './MosDialogs';
import { durationOf, sizeFromMb } from './mos-state';
import { useMosChoices } from './useMos';

const NO_KEY = '__none__';

/** /mos/instances/new: type, template, key pair, duration and name; charged when created. */
export function MosCreatePage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { types, templates, keyPairs } = useMosChoices();
  const [name, setName, restored] = useKeptState('name', '');
  const [type, setType] = useKeptState<string | null>('type', null);
  const [template, setTemplate] = useKeptState<string | null>('template', null);
  const [keyName, setKeyName] = useKeptState<string>('keyName', NO_KEY);
  const [count, setCount] = useKeptState<number | string>('count', 1);
  const [unit, setUnit] = useKeptState<'H' | 'M'>('unit', 'M');
  const [tried, setTried] = useState(false);
  const create = useActionMutation(ops.CreateInstance, { describe: (i) => ({ label: t('mos.create'), resource: i.InstanceName }) });
  const duration = durationOf(count, unit);
  const nameError = name.trim().length > 64 ? t('mos.create.nameInvalid') : undefined;
  const valid = !!type && !!template && !!duration && !nameError;
  const listHref = `/mos/instances${sharedSearch(params)}`;

  const submit = () => {
    setTried(true);
    if (!valid) return;
    create.mutate(
      {
        ImageId: template!,
        InstanceType: type!,
        Duration: duration,
        ...(name.trim() ? { InstanceName: name.trim() } : {}),
        ...(keyName !== NO_KEY ? { KeyName: keyName } : {}),
      },
      {
        onSuccess: ({ res }) => {
          const created = res.data;
          notifyDone(t, t('mos.create.done', { name: created.name }));
          void navigate(`/mos/instances/${encodeURIComponent(created.id)}${sharedSearch(params)}`);
        },
      },
    );
  };
  const loadError = types.error ?? templates.error ?? keyPairs.error;

  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to={listHref} size="sm">
        ← {t('mos.detail.back')}
      </Anchor>
      <PageHeader title={t('mos.create.title')} subtitle={t('mos.create.subtitle')} action={<MosBalance />} />
      <DraftRestored shown={restored} />
      {loadError ? <ErrorNotice error={loadError} title={t('mos.create.title')} onRetry={() => void Promise.all([types.refetch(), templates.refetch(), keyPairs.refetch()])} /> : null}
      <Paper withBorder p="md" radius="md">
        <form
          noValidate
          data-testid="mos-create-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack gap="sm">
            <TextInput label={t('mos.create.name')} description={t('mos.create.nameHint')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={nameError} data-testid="mos-create-name" />
            <Select
              label={t('mos.instanceType')}
              required
              data={(types.data?.items ?? []).map((x) => ({ value: x.name, label: t('mos.typeOption', { name: x.name, cpu: x.cpu, memory: sizeFromMb(x.memoryMb) }) }))}
              value={type}
              onChange={setType}
              searchable
              disabled={types.isLoading}
              error={tried && !type ? t('mos.create.required') : undefined}
              comboboxProps={{ withinPortal: true }}
              data-testid="mos-create-type"
            />
            <Select
              label={t('mos.template')}
              required
              data={(templates.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
              value={template}
              onChange={setTemplate}
              searchable
              disabled={templates.isLoading}
              error={tried && !template ? t('mos.create.required') : undefined}
              comboboxProps={{ withinPortal: true }}
              data-testid="mos-create-template"
            />
            <Select
              label={t('mos.create.keyPair')}
              description={t('mos.create.keyPairHint')}
              data={[{ value: NO_KEY, label: t('mos.create.keyPairNone') }, ...(keyPairs.data?.items ?? []).map((k) => ({ value: k.name, label: `${k.name} (${k.fingerprint})` }))]}
              value={keyName}
              onChange={(v) => setKeyName(v ?? NO_KEY)}
              allowDeselect={false}
              disabled={keyPairs.isLoading}
              comboboxProps={{ withinPortal: true }}
              data-testid="mos-create-keypair"
            />
            <DurationField count={count} unit={unit} onChange={(c, u) => (setCount(c), setUnit(u))} />
            {create.error ? <ErrorNotice error={create.error} title={t('mos.create.title')} /> : null}
            <Group justify="flex-end">
              <Button variant="default" component={Link} to={listHref}>
                {t('mos.create.cancel')}
              </Button>
              <ActionButton catalog={ops.CreateInstance} type="submit" loading={create.isPending} data-testid="mos-create-submit">
                {t('mos.create.submit')}
              </ActionButton>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
