import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { ErrorNotice } from './ErrorNotice';

export interface FormDialogProps {
  opened: boolean;
  title: string;
  submitLabel: string;
  onClose: () => void;
  onSubmit: () => void;
  loading?: boolean;
  /** The last failure of the action: shown in the dialog, next to the retry. */
  error?: unknown;
  danger?: boolean;
  submitDisabled?: boolean;
  size?: string;
  'data-testid'?: string;
  children: ReactNode;
}

/** A dialog around one small form: Enter submits, Escape closes, focus stays inside (Mantine Modal). */
export function FormDialog(props: FormDialogProps) {
  const { opened, title, submitLabel, onClose, onSubmit, loading, error, danger, submitDisabled, size = 'md', children } = props;
  const t = useT();
  return (
    <Modal opened={opened} onClose={loading ? () => {} : onClose} title={title} centered size={size} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        data-testid={props['data-testid']}
        onSubmit={(e) => {
          e.preventDefault();
          if (!loading && !submitDisabled) onSubmit();
        }}
      >
        <Stack gap="sm">
          {children}
          {error ? <ErrorNotice error={error} title={t('error.actionFailed')} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={loading}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={danger ? 'red' : undefined} loading={loading} disabled={submitDisabled} data-testid="dialog-submit">
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
