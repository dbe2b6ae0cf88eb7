import { cdsNetwork, type Vdc } from '@console/api-types/client';
import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { allPagesQuery } from '../../../api/query';
import { useAccountId } from '../../../context/AccountContext';
import { useT } from '../../../i18n/i18n';

export interface NetworkChoice {
  vdcId?: string;
  networkId?: string;
}

/** The account's VDCs of a region and the chosen one's private networks: where a database takes its address. */
export function NetworkFields({
  regionId,
  value,
  onChange,
  errors,
}: {
  regionId?: string;
  value: NetworkChoice;
  onChange: (v: NetworkChoice) => void;
  errors?: { vdc?: string; network?: string };
}) {
  const t = useT();
  const account = useAccountId();
  const query = useQuery({ ...allPagesQuery(cdsNetwork.DescribeVdc, regionId ? { RegionId: regionId } : {}, account), enabled: !!regionId });
  const vdcs: Vdc[] = query.data?.items ?? [];
  const vdc = vdcs.find((v) => v.id === value.vdcId);
  return (
    <>
      <Select
        label={t('db.form.vdc')}
        placeholder={regionId && !query.isLoading && vdcs.length === 0 ? t('db.form.noVdc') : t('db.form.pickVdc')}
        data={vdcs.map((v) => ({ value: v.id, label: v.name || v.id }))}
        value={value.vdcId ?? null}
        onChange={(id) => onChange({ vdcId: id ?? undefined, networkId: undefined })}
        disabled={!regionId || query.isLoading}
        error={query.isError ? t('db.form.vdcLoadFailed') : errors?.vdc}
        comboboxProps={{ withinPortal: true }}
        data-testid="db-vdc"
        required
      />
      <Select
        label={t('db.form.network')}
        description={t('db.form.networkHint')}
        placeholder={t('db.form.pickNetwork')}
        data={(vdc?.privateNetworks ?? []).map((p) => ({
          value: p.id,
          label: `${p.name} · ${p.segments[0]?.split('~')[0] ?? ''} · ${t('db.form.freeIps', { n: p.unusedIpCount })}`,
        }))}
        value={value.networkId ?? null}
        onChange={(id) => onChange({ ...value, networkId: id ?? undefined })}
        disabled={!vdc}
        error={errors?.network}
        comboboxProps={{ withinPortal: true }}
        data-testid="db-network"
        required
      />
    </>
  );
}
