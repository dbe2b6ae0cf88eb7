import type { ActionDef } from '@console/api-types/client';
import type { ReactNode } from 'react';

/** What a confirmation dialog says before an action runs. */
export interface ConfirmSpec {
  title: string;
  message?: string;
  /** Every resource the action touches, by name. */
  names: string[];
  confirmLabel: string;
  /** Text to type before confirming (several resources, or a large loss). */
  typeToConfirm?: string;
  danger?: boolean;
}

/**
 * An action as data (lesson 3): the menu, the bulk bar and the runner read the same object.
 * `disabledReason` says why it cannot run now; undefined means it can.
 */
export interface ResourceAction<T> {
  id: string;
  label: string;
  icon?: ReactNode;
  /** Destructive: shown in red, apart from the others. */
  danger?: boolean;
  /** Offered for a selection of several rows. */
  bulk?: boolean;
  /**
   * The catalog entry the action runs. Its kind decides whether the person's role may run it
   * (a viewer only reads): the kit checks it, so no page lists buttons by role.
   */
  catalog?: Pick<ActionDef, 'kind'>;
  disabledReason?: (items: T[]) => string | undefined;
  /** Asked first when present. */
  confirm?: (items: T[]) => ConfirmSpec;
  run: (items: T[]) => Promise<unknown>;
}

/**
 * The reason an action cannot run on these items, or undefined when it can. The role comes
 * first (`runReason` from useRunReason): it holds whatever the items are.
 */
export function reasonDisabled<T>(
  action: ResourceAction<T>,
  items: T[],
  runReason?: (def: Pick<ActionDef, 'kind'> | undefined) => string | undefined,
): string | undefined {
  const byRole = runReason?.(action.catalog);
  if (byRole) return byRole;
  if (items.length === 0) return undefined;
  return action.disabledReason?.(items);
}
