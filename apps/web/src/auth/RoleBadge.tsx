import { useI18n } from '../i18n/i18n';
import { Tag } from '../kit/Tag';
import { roleLabel } from './roles';

const ROLE_COLORS: Record<string, string> = { admin: 'grape', operator: 'blue', viewer: 'gray' };

/** A person's role, translated, coloured by reach. */
export function RoleBadge({ role }: { role: string }) {
  const { t } = useI18n();
  return (
    <Tag size="sm" color={ROLE_COLORS[role] ?? 'gray'} data-testid="role-badge" data-role={role}>
      {roleLabel(t, role)}
    </Tag>
  );
}
