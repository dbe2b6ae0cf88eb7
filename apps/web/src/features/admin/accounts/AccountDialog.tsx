import { Button, Group, Modal, PasswordInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ENDPOINT_AREAS, type CloudAccount, type CloudProvider, type EndpointArea } from '../../../api/accounts';
import { useT } from '../../../i18n/i18n';
import { MONO_INPUT } from '../../../kit/Tag';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { errorOnAField, fieldError } from '../../../kit/form-errors';
import { useLastDefined } from '../../../kit/useLastDefined';
import { accountChanges, createAccount, refreshAccounts, updateAccount } from './api';
import { notifyDone } from '../../../kit/notify';

interface Form {
  provider: CloudProvider;
  name: string;
  accessKeyId: string;
  secret: string;
  endpointArea: EndpointArea;
  endpointUrl: string;
  /** MOS only. */
  region: string;
}
const EMPTY: Form = { provider: 'cds', name: '', accessKeyId: '', secret: '', endpointArea: 'mainland', endpointUrl: '', region: '' };
const SERVER_FIELDS = { name: ['Conflict'], accessKeyId: [], secret: [], endpointUrl: [], region: [] } as const;

export type AccountDialogState = { mode: 'create' } | { mode: 'edit'; account: CloudAccount };

/**
 * Adds or edits a cloud account. The secret is write-only: never filled in; on edit the hint
 * says which one is kept, and leaving the field empty keeps it.
 */
export function AccountDialog({ state: given, onClose }: { state: AccountDialogState | undefined; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const state = useLastDefined(given);
  const editing = state?.mode === 'edit' ? state.account : undefined;
  const [form, setForm] = useState<Form>(EMPTY);
  const [tried, setTried] = useState(false);
  const set = (change: Partial<Form>) => setForm((f) => ({ ...f, ...change }));

  const save = useMutation({
    mutationFn: async () => {
      if (!editing) {
        const { endpointUrl, region, ...rest } = form;
        return createAccount({
          ...rest,
          name: form.name.trim(),
          accessKeyId: form.accessKeyId.trim(),
          ...(form.endpointArea === 'custom' ? { endpointUrl: endpointUrl.trim() } : {}),
          ...(form.provider === 'mos' && region.trim() ? { region: region.trim() } : {}),
        });
      }
      const change = accountChanges(editing, editing.provider === 'mos' ? form : { ...form, region: undefined });
      return Object.keys(change).length ? updateAccount(editing.id, change) : editing;
    },
    onSuccess: (account) => {
      notifyDone(t, t(editing ? 'accounts.done.saved' : 'accounts.done.created', { name: account.name }));
      void refreshAccounts(qc);
      onClose();
    },
  });
  const { reset } = save;
  useEffect(() => {
    if (!given) return;
    const a = given.mode === 'edit' ? given.account : undefined;
    setForm(
      a
        ? { provider: a.provider, name: a.name, accessKeyId: a.accessKeyId, secret: '', endpointArea: a.endpointArea, endpointUrl: a.endpointUrl ?? '', region: a.region ?? '' }
        : EMPTY,
    );
    setTried(false);
    reset();
  }, [given, reset]);

  const local = {
    name: form.name.trim() ? undefined : t('accounts.err.name'),
    accessKeyId: form.accessKeyId.trim() ? undefined : t('accounts.err.keyId'),
    secret: editing || form.secret ? undefined : t('accounts.err.secret'),
    endpointUrl: form.endpointArea !== 'custom' || /^https?:\/\/\S+$/i.test(form.endpointUrl.trim()) ? undefined : t('accounts.err.url'),
    region: form.provider !== 'mos' || /^[\p{L}\p{N}_.-]{0,64}$/u.test(form.region.trim()) ? undefined : t('accounts.err.region'),
  };
  const mos = form.provider === 'mos';
  const err = (f: keyof typeof local) => (tried ? local[f] : undefined) ?? fieldError(save.error, f, SERVER_FIELDS[f]);

  return (
    <Modal
      opened={!!given}
      onClose={save.isPending ? () => {} : onClose}
      title={editing ? t('accounts.editTitle', { name: editing.name }) : t('accounts.add')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!Object.values(local).some(Boolean) && !save.isPending) save.mutate();
        }}
      >
        <Stack gap="sm">
          {editing ? (
            <Text size="sm">
              {t('accounts.provider')}: <b>{editing.provider.toUpperCase()}</b>
            </Text>
          ) : (
            <div>
              <Text size="sm" fw={500} id="account-provider-label" mb={4}>
                {t('accounts.provider')}
              </Text>
              <SegmentedControl
                aria-labelledby="account-provider-label"
                data-testid="account-provider"
                value={form.provider}
                // MOS has one URL per region (no areas): its form asks for the URL and the region.
                onChange={(v) => set({ provider: v as CloudProvider, endpointArea: v === 'mos' ? 'custom' : 'mainland' })}
                data={[
                  { value: 'cds', label: t('provider.cds') },
                  { value: 'mos', label: t('provider.mos') },
                ]}
              />
            </div>
          )}
          <TextInput
            label={t('accounts.name')}
            value={form.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={err('name')}
            maxLength={64}
            required
            data-autofocus
            data-testid="account-name"
          />
          <TextInput
            label={t('accounts.keyId')}
            value={form.accessKeyId}
            onChange={(e) => set({ accessKeyId: e.currentTarget.value })}
            error={err('accessKeyId')}
            autoComplete="off"
            spellCheck={false}
            styles={MONO_INPUT}
            required
            data-testid="account-key-id"
          />
          <PasswordInput
            label={t('accounts.secret')}
            description={editing ? t('accounts.secretKeep', { hint: editing.secretHint }) : t('accounts.secretHint')}
            placeholder={editing ? editing.secretHint : undefined}
            value={form.secret}
            onChange={(e) => set({ secret: e.currentTarget.value })}
            error={err('secret')}
            autoComplete="new-password"
            required={!editing}
            data-testid="account-secret"
            visibilityToggleButtonProps={{ 'aria-label': t('accounts.showSecret') }}
          />
          {mos ? null : (
            <Select
              label={t('accounts.area')}
              data={ENDPOINT_AREAS.map((a) => ({ value: a, label: t(`accounts.area.${a}`) }))}
              value={form.endpointArea}
              onChange={(v) => v && set({ endpointArea: v as EndpointArea })}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data-testid="account-area"
            />
          )}
          {form.endpointArea === 'custom' ? (
            <TextInput
              label={t('accounts.url')}
              description={mos ? t('accounts.mosUrlHint') : t('accounts.urlHint')}
              placeholder={mos ? 'https://mosapi.example.com/mcs/v1' : 'https://cdsapi.example.com'}
              value={form.endpointUrl}
              onChange={(e) => set({ endpointUrl: e.currentTarget.value })}
              error={err('endpointUrl')}
              spellCheck={false}
              styles={MONO_INPUT}
              required
              data-testid="account-url"
            />
          ) : null}
          {mos ? (
            <TextInput
              label={t('accounts.region')}
              description={t('accounts.regionHint')}
              placeholder="Beijing"
              value={form.region}
              onChange={(e) => set({ region: e.currentTarget.value })}
              error={err('region')}
              maxLength={64}
              spellCheck={false}
              data-testid="account-region"
            />
          ) : null}
          {save.error && !errorOnAField(save.error, SERVER_FIELDS) ? <ErrorNotice error={save.error} title={t('accounts.saveFailed')} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="account-submit">
              {editing ? t('accounts.save') : t('accounts.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
