import { registerMessages, type KeysOf } from '../../i18n/i18n';
import type { en } from './messages.en';

// Loaded with the module's pages (the shell awaits it before showing one), never before.
// Only the language on screen is fetched (the other when the person switches).
await registerMessages(
  () => import('./messages.en').then((m) => m.en),
  () => import('./messages.zh').then((m) => m.zh),
);

declare module '../../i18n/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleMessages extends KeysOf<typeof en> {}
}
