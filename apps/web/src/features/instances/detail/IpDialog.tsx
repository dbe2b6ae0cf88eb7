import { cdsCcs, cdsCcsInstanceOps, cdsNetwork, type Instance, type NetworkInterface } from '@console/api-types/client';
import { Autocomplete, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { actionQuery, allPagesQuery } from '../../../api/query';
import { useAccountId } from '../../../context/AccountContext';
import { useT } from '../../../i18n/i18n';
import { markInstances } from '../optimistic';
import { FormDialog } from '../../../kit/FormDialog';
import { addressProblem, freeAddresses, usedAddresses, vdcNetworks } from './ip';
import { useWhenOpened } from '../../../kit/useWhenOpened';

/** How many free addresses the picker lists; any other one of the segment can be typed. */
const SHOWN_FREE = 100;

interface Props {
  instance: Instance;
  nic: NetworkInterface | undefined;
  opened: boolean;
  onClose: () => void;
}

/** Bind or change an interface's address (ModifyIpAddress): a free one of its VDC network, or a typed one. */
export function IpDialog({ instance, nic, opened, onClose }: Props) {
  const t = useT();
  const qc = useQueryClient();
  const account = useAccountId();
  const vdc = useQuery({
    ...actionQuery(cdsNetwork.DescribeVdc, { VdcId: instance.vdcId, ...(instance.regionId ? { RegionId: instance.regionId } : {}) }, account),
    enabled: opened && !!instance.vdcId,
    staleTime: 30_000,
  });
  const neighbours = useQuery({
    ...allPagesQuery(cdsCcs.DescribeInstances, { VdcId: instance.vdcId }, account, 100),
    enabled: opened && !!instance.vdcId,
    staleTime: 30_000,
  });
  const network = useMemo(() => {
    const v = vdc.data?.items.find((x) => x.id === instance.vdcId);
    return v && nic ? vdcNetworks(v).find((n) => n.id === nic.networkId) : undefined;
  }, [vdc.data, instance.vdcId, nic]);
  const used = useMemo(() => {
    const all = usedAddresses(neighbours.data?.items ?? []);
    if (nic?.ip) all.delete(nic.ip);
    return all;
  }, [neighbours.data, nic]);
  const free = useMemo(() => (network ? freeAddresses(network, new Set([...used, ...(nic?.ip ? [nic.ip] : [])]), SHOWN_FREE) : []), [network, used, nic]);

  const [address, setAddress] = useState('');
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsCcsInstanceOps.ModifyIpAddress, {
    describe: (input) => ({ label: t('compute.action.changeIp'), resource: `${instance.name || instance.id} · ${input.Address}` }),
    onMutate: (input, acc) => markInstances(qc, [input.InstanceId], 'updating', acc),
  });
  useWhenOpened(opened, () => {
    setAddress('');
    setTried(false);
    mutation.reset();
  });
  if (!nic) return null;
  const problem = addressProblem(address, nic, network, used, t);
  const segments = network?.blocks.map((b) => b.label).join(', ');
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('compute.ip.title', { name: nic.name || nic.id })}
      submitLabel={t('compute.ip.submit')}
      loading={mutation.isPending}
      error={mutation.error}
      data-testid="ip-dialog"
      onSubmit={() => {
        setTried(true);
        if (problem) return;
        mutation.mutate({ InstanceId: instance.id, InterfaceId: nic.id, Address: address.trim() }, { onSuccess: onClose });
      }}
    >
      <Text size="sm">{nic.ip ? t('compute.ip.current', { ip: nic.ip }) : t('compute.ip.currentNone')}</Text>
      <Autocomplete
        label={t('compute.ip.address')}
        description={segments ? t('compute.ip.hint', { segments }) : t('compute.ip.hintNoSegment')}
        placeholder={vdc.isLoading ? t('common.loading') : free[0]}
        data={free}
        value={address}
        onChange={setAddress}
        limit={SHOWN_FREE}
        maxDropdownHeight={240}
        error={tried ? problem : undefined}
        data-autofocus
        data-testid="ip-input"
        autoComplete="off"
      />
      {free.length ? (
        <Text size="xs" c="dimmed">
          {t('compute.ip.freeCount', { count: free.length })}
        </Text>
      ) : null}
    </FormDialog>
  );
}
