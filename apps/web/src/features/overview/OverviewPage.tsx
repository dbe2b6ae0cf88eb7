import { SimpleGrid, Stack } from '@mantine/core';
import { useI18n } from '../../i18n/i18n';
import { PageHeader } from '../../kit/PageHeader';
import { AttentionCard, AuditCard, SpendCard, TasksCard } from './ActivityCards';
import { DatabaseCards, ImagesCard, InstancesCard, NetworkCards, SecurityGroupsCard } from './ResourceCards';

/** The first screen after sign-in: what the account runs, what it costs, what is going on. Each card on its own. */
export function OverviewPage() {
  const { t } = useI18n();
  return (
    <Stack gap="lg">
      <PageHeader title={t('overview.title')} subtitle={t('overview.subtitle')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <SpendCard />
        <AttentionCard />
        <TasksCard />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <InstancesCard />
        <NetworkCards />
        <SecurityGroupsCard />
        <ImagesCard />
        <DatabaseCards />
      </SimpleGrid>
      <AuditCard />
    </Stack>
  );
}
