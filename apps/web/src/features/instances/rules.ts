import type { Instance } from '@console/api-types/client';
import type { MessageKey, Translate } from '../../i18n/i18n';

/**
 * When each instance action is allowed, as the simulator and the documents enforce it
 * (IncorrectInstanceStatus otherwise). Each rule returns the message key of the reason it is
 * not allowed, or undefined when it is.
 */
export const stopBlocked = (i: Instance): MessageKey | undefined =>
  i.status === 'running' ? undefined : 'instances.reason.stopOnlyRunning';

export const powerOnBlocked = (i: Instance): MessageKey | undefined =>
  i.status === 'stop' ? undefined : 'instances.reason.powerOnOnlyStopped';

export const deleteBlocked = (i: Instance): MessageKey | undefined =>
  i.status === 'creating' || i.status === 'deleting' ? 'instances.reason.deleteBusy' : undefined;

/**
 * The reason an action cannot run on several instances: the first blocked one is named, so the
 * person knows which row to deselect.
 */
export function blockedFor(
  rule: (i: Instance) => MessageKey | undefined,
  items: readonly Instance[],
  t: Translate,
): string | undefined {
  for (const i of items) {
    const key = rule(i);
    if (key) return items.length > 1 ? t('instances.reason.named', { name: i.name || i.id, reason: t(key) }) : t(key);
  }
  return undefined;
}

/** The word to type before deleting: the name for one instance, "delete" for several. */
export const deleteConfirmWord = (items: readonly Instance[]) =>
  items.length === 1 ? items[0]!.name || items[0]!.id : 'delete';
