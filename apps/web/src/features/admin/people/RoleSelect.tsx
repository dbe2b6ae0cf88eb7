import { Select } from '@mantine/core';
import { ROLES, type Role } from '../../../api/session';
import { roleLabel } from '../../../auth/roles';
import { useT } from '../../../i18n/i18n';

/** The role choice, with what the chosen role may do said under it. */
export function RoleSelect({ value, onChange, error }: { value: Role; onChange: (r: Role) => void; error?: string }) {
  const t = useT();
  return (
    <Select
      label={t('people.role')}
      description={t(`people.roleHint.${value}`)}
      data={ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))}
      value={value}
      onChange={(v) => v && onChange(v as Role)}
      allowDeselect={false}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid="role-select"
    />
  );
}
