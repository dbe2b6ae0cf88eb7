import { Button, Group, List, ScrollArea, Stack, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { ErrorNotice } from './ErrorNotice';
import { LazyModal } from './overlays/LazyModal';
import { TypeToConfirm } from './TypeToConfirm';

export interface ConfirmDeleteProps {
  opened: boolean;
  title: string;
  message?: ReactNode;
  /** Every resource concerned, by name: the person sees exactly what goes. */
  names: string[];
  confirmLabel: string;
  /** When set, confirming needs this text typed first (several or important resources). */
  typeToConfirm?: string;
  /** Red confirm button; false for reversible actions such as power off. */
  danger?: boolean;
  loading?: boolean;
  /** The last failure of the action, shown in the dialog so it can be retried. */
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** A confirmation that names what it acts on. Focus is trapped and Escape closes (Mantine Modal). */
export function ConfirmDelete(props: ConfirmDeleteProps) {
  const { opened, title, message, names, confirmLabel, typeToConfirm, danger = true, loading, error, onConfirm, onClose } = props;
  const t = useT();
  const [typed, setTyped] = useState('');
  useEffect(() => {
    if (opened) setTyped('');
  }, [opened]);
  const ready = !typeToConfirm || typed.trim() === typeToConfirm;
  return (
    <LazyModal opened={opened} onClose={loading ? () => {} : onClose} title={title} centered size="md" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready && !loading) onConfirm();
        }}
      >
        <Stack gap="sm">
          {message ? <Text size="sm">{message}</Text> : null}
          <ScrollArea.Autosize mah={200} type="auto">
            <List size="sm" spacing={2} data-testid="confirm-names">
              {names.map((n, i) => (
                <List.Item key={`${n}-${i}`}>
                  <Text span fw={600} size="sm">
                    {n}
                  </Text>
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
          {typeToConfirm ? <TypeToConfirm word={typeToConfirm} value={typed} onChange={setTyped} autoFocus /> : null}
          {error ? <ErrorNotice error={error} title={t('error.actionFailed')} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={loading}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={danger ? 'red' : undefined} disabled={!ready} loading={loading} data-testid="confirm-button" data-autofocus={typeToConfirm ? undefined : true}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </LazyModal>
  );
}
