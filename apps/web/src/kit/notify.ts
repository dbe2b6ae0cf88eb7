import { notifications } from '@mantine/notifications';
import type { Translate } from '../i18n/i18n';

/** A short "done" toast whose close button has a name (screen readers, axe). */
export const notifyDone = (t: Translate, message: string, autoClose = 4000) =>
  notifications.show({ color: 'teal', message, autoClose, closeButtonProps: { 'aria-label': t('common.close') } });
