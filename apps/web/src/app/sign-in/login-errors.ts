import type { ApiError } from '@console/api-types/client';
import type { Language, Translate } from '../../i18n/i18n';
import { exactTime } from '../../kit/time';

/** What the sign-in page says for a refused sign-in; undefined for other failures (shown as they are). */
export function loginRefusal(e: ApiError, t: Translate, lang: Language, now: number): string | undefined {
  switch (e.code) {
    case 'InvalidCredentials':
      return t('login.err.invalid');
    case 'AccountDisabled':
      return t('login.err.disabled');
    case 'AccountLocked': {
      const until = e.lockedUntil ? Date.parse(e.lockedUntil) : NaN;
      if (Number.isNaN(until)) return t('login.err.lockedNoTime');
      const minutes = Math.max(1, Math.ceil((until - now) / 60_000));
      return until <= now ? t('login.err.lockedOver') : t('login.err.locked', { time: exactTime(until, lang), minutes });
    }
    case 'ValidationError':
      return t('login.err.missing');
    default:
      return undefined;
  }
}
