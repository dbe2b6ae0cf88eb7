import type { ActionDef } from '@console/api-types/client';
import { Button, Group, Text, type ButtonProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useRunReason } from '../auth/permission';

export interface ActionButtonProps extends Omit<ButtonProps, 'disabled'> {
  /** The catalog entry the button runs (or leads to): its kind decides whether the role may. */
  catalog: Pick<ActionDef, 'kind'>;
  /** A link (to a form) rather than a button. */
  to?: string;
  type?: 'button' | 'submit';
  onClick?: () => void;
  /** Another reason it cannot run now, checked after the role. */
  disabledReason?: string;
  'data-testid'?: string;
  children: ReactNode;
}

/**
 * A button for a catalog action outside a row menu ("Create instance", a form's submit). When the
 * role or `disabledReason` forbids it, it is a real disabled button and the reason is written
 * beside it (and named as its description), so it is seen without hovering.
 */
export function ActionButton({ catalog, to, type = 'button', onClick, disabledReason, children, ...rest }: ActionButtonProps) {
  const runReason = useRunReason();
  const reason = runReason(catalog) ?? disabledReason;
  const id = useId();
  if (reason) {
    return (
      <Group gap="xs" wrap="nowrap" justify="flex-end">
        <Text size="xs" c="dimmed" id={id} data-testid="disabled-reason" ta="right">
          {reason}
        </Text>
        <Button {...rest} type="button" disabled aria-describedby={id} title={reason}>
          {children}
        </Button>
      </Group>
    );
  }
  if (to) {
    return (
      <Button {...rest} component={Link} to={to}>
        {children}
      </Button>
    );
  }
  return (
    <Button {...rest} type={type} onClick={onClick}>
      {children}
    </Button>
  );
}
