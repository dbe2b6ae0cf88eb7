import { Button, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link, Outlet } from 'react-router';
import { useRole } from '../auth/permission';
import { isAdmin, roleLabel } from '../auth/roles';
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
      <Button mt="md" component={Link} to="/instances">
        {t('nav.instances')}
      </Button>
    </EmptyState>
  );
}

/** The admin pages' layout: admins see the page, everyone else the 403 page. */
export function RequireAdmin() {
  const role = useRole();
  return isAdmin(role ?? undefined) ? <Outlet /> : <Forbidden />;
}
