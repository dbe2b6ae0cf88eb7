import { Button, Group, Text } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useRunReason } from '../auth/permission';
import { useT } from '../i18n/i18n';
import { reasonDisabled, type ResourceAction } from './actions';
import { IconButton } from './IconButton';
import { LazyMenu } from './overlays/LazyMenu';
import type { Menu } from './overlays/real';
import type { ActionRunner } from './useActionRunner';

export interface ActionMenuProps<T> {
  item: T;
  /** The resource's name, for the button's accessible name ("Actions for web-01"). */
  name: string;
  actions: ResourceAction<T>[];
  runner: ActionRunner<T>;
}

/** A row's "…" menu. A disabled item stays visible and says why (lesson 3). */
export function ActionMenu<T>({ item, name, actions, runner }: ActionMenuProps<T>) {
  const t = useT();
  const runReason = useRunReason();
  const safe = actions.filter((a) => !a.danger);
  const danger = actions.filter((a) => a.danger);
  const renderItem = (M: typeof Menu) => (a: ResourceAction<T>) => {
    const reason = reasonDisabled(a, [item], runReason);
    return (
      <M.Item
        key={a.id}
        leftSection={a.icon}
        color={a.danger ? 'red' : undefined}
        disabled={!!reason}
        onClick={() => runner.request(a, [item])}
        data-action={a.id}
      >
        <Text size="sm" inherit>
          {a.label}
        </Text>
        {reason ? (
          <Text size="xs" c="dimmed" data-testid="disabled-reason">
            {reason}
          </Text>
        ) : null}
      </M.Item>
    );
  };
  const button = (
    <IconButton variant="subtle" color="gray" aria-label={t('actions.for', { name })} data-testid="row-actions">
      <IconDots size={18} />
    </IconButton>
  );
  return (
    <LazyMenu position="bottom-end" withinPortal shadow="md" width={240} target={button}>
      {(M) => (
        <>
          {safe.map(renderItem(M))}
          {safe.length && danger.length ? <M.Divider /> : null}
          {danger.map(renderItem(M))}
        </>
      )}
    </LazyMenu>
  );
}

export interface BulkActionsProps<T> {
  items: T[];
  actions: ResourceAction<T>[];
  runner: ActionRunner<T>;
}

/** Buttons for the actions that take a selection; a disabled one says why in its title. */
export function BulkActions<T>({ items, actions, runner }: BulkActionsProps<T>) {
  const t = useT();
  const runReason = useRunReason();
  const bulk = actions.filter((a) => a.bulk);
  if (items.length === 0 || bulk.length === 0) return null;
  return (
    <Group gap="xs" data-testid="bulk-actions">
      <Text size="sm" c="dimmed">
        {t('table.selected', { count: items.length })}
      </Text>
      {bulk.map((a) => {
        const reason = reasonDisabled(a, items, runReason);
        return (
          <Fragment key={a.id}>
            <Button
              size="xs"
              variant="light"
              color={a.danger ? 'red' : undefined}
              leftSection={a.icon}
              disabled={!!reason}
              title={reason}
              loading={runner.busy === a.id}
              onClick={() => runner.request(a, items)}
              data-testid={`bulk-${a.id}`}
            >
              {a.label}
            </Button>
            {reason ? (
              <Text size="xs" c="dimmed">
                {reason}
              </Text>
            ) : null}
          </Fragment>
        );
      })}
    </Group>
  );
}
