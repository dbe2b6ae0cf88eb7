import { registerMessages, type KeysOf } from '../../i18n/i18n';
import { en } from './messages.en';
import { zh } from './messages.zh';

// Loaded with the module's pages (the shell awaits it before showing one), never before.
registerMessages(en, zh);

declare module '../../i18n/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleMessages extends KeysOf<typeof en> {}
}
