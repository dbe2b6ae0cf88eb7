import { useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fromServerLanguage, SESSION_KEY, updateProfile, type ServerLanguage, type SessionUser, type ThemePreference } from '../api/session';
import { useI18n } from '../i18n/i18n';
import { showErrorNotification } from '../kit/ErrorNotice';

export const toColorScheme = (theme: string | undefined): MantineColorScheme | undefined =>
  theme === 'light' || theme === 'dark' ? theme : theme === 'system' ? 'auto' : undefined;

/**
 * The language every account starts with on the server. It is not a choice the person made, so
 * it does not override the browser's language (or the choice made in this browser); any other
 * saved language does.
 */
export const SERVER_DEFAULT_LANGUAGE = 'zh-CN';

/** The language to show for a saved preference, or undefined to keep the one on screen. */
export const languageToApply = (saved: string | undefined) =>
  saved && saved !== SERVER_DEFAULT_LANGUAGE ? fromServerLanguage(saved) : undefined;

/** Puts a person's saved language and theme on screen (at sign-in, on reload, after a change). */
export function useApplyPreferences() {
  const { setLang } = useI18n();
  const { setColorScheme } = useMantineColorScheme();
  return useCallback(
    (user: Pick<SessionUser, 'language' | 'theme'>) => {
      const lang = languageToApply(user.language);
      if (lang) setLang(lang);
      const scheme = toColorScheme(user.theme);
      if (scheme) setColorScheme(scheme);
    },
    [setLang, setColorScheme],
  );
}

export type PreferenceChange = { displayName?: string; language?: ServerLanguage; theme?: ThemePreference };

/**
 * Saves a preference of the signed-in person (PATCH /api/me) and keeps the session's copy in
 * step. Signed out (the sign-in page), it does nothing: the choice stays in this browser. A
 * failure is shown as a notice that stays; the answer is then undefined.
 */
export function useSavePreferences() {
  const qc = useQueryClient();
  const { t } = useI18n();
  return useCallback(
    async (change: PreferenceChange): Promise<SessionUser | undefined> => {
      const before = qc.getQueryData<SessionUser | null>(SESSION_KEY);
      if (!before) return undefined;
      // Shown at once; put back if the server says no.
      qc.setQueryData<SessionUser | null>(SESSION_KEY, (old) => (old ? { ...old, ...change } : old));
      try {
        const user = await updateProfile(change);
        qc.setQueryData<SessionUser | null>(SESSION_KEY, (old) => (old ? { ...old, ...user } : old));
        return user;
      } catch (err) {
        qc.setQueryData<SessionUser | null>(SESSION_KEY, (old) => (old && old.id === before.id ? before : old));
        showErrorNotification(err, t('profile.saveFailed'));
        return undefined;
      }
    },
    [qc, t],
  );
}
