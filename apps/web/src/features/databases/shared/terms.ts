import { translateOr, type Translate } from '../../../i18n/i18n';

/**
 * Names the cloud answers in Chinese (editions, architectures, compute and disk types, links): in
 * English they are translated where known; anything else is shown as answered.
 */
export const term = (t: Translate, raw: string | undefined) => (raw ? translateOr(t, `db.term.${raw.replace(/\s+/g, '')}`, raw.trim()) : '');
