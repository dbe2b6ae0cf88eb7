import { Button, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useRole } from '../auth/permission';
import { roleLabel } from '../auth/roles';
import { useT } from '../i18n/i18n';

/** 403: the page exists, but not for this role. */
export function Forbidden() {
  const t = useT();
  const role = useRole();
  return (
    <EmptyState
      data-testid="forbidden"
      py={64}
      icon={<IconLock size={28} />}
      withIndicatorBackground
      title={t('forbidden.title')}
      description={t('forbidden.text', { role: roleLabel(t, role ?? undefined) })}
    >
      <Button mt="md" component={Link} to="/">
        {t('nav.home')}
      </Button>
    </EmptyState>
  );
}
