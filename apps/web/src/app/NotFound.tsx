import { Button, EmptyState } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n';

export function NotFound() {
  const t = useT();
  return (
    <EmptyState py={64} icon={<IconMapQuestion size={28} />} withIndicatorBackground title={t('notFound.title')} description={t('notFound.text')}>
      <Button mt="md" component={Link} to="/">
        {t('nav.home')}
      </Button>
    </EmptyState>
  );
}
