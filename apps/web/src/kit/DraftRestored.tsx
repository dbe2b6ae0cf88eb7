import { Alert } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useT } from '../i18n/i18n';

/** Says that a form opened with what was typed before an expired session (useKeptState's third value). */
export function DraftRestored({ shown }: { shown: boolean }) {
  const t = useT();
  if (!shown) return null;
  return (
    <Alert color="blue" variant="light" icon={<IconRestore size={18} />} role="status" data-testid="draft-restored">
      {t('draft.restored')}
    </Alert>
  );
}
