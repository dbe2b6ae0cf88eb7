import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title, useMantineColorScheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { sessionQuery, toServerLanguage, type ThemePreference } from '../../api/session';
import { RoleBadge } from '../../auth/RoleBadge';
import { toColorScheme, useSavePreferences } from '../../auth/preferences';
import { useI18n, type Language } from '../../i18n/i18n';
import { ChangePasswordForm } from './ChangePasswordForm';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** /profile: one's display name, language and theme (saved and applied at once), and password. */
export function ProfilePage() {
  const { t, lang, setLang } = useI18n();
  const { setColorScheme } = useMantineColorScheme();
  const user = useQuery(sessionQuery).data;
  const save = useSavePreferences();
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [saving, setSaving] = useState(false);
  if (!user) return null;
  const theme = (['system', 'light', 'dark'] as const).find((x) => x === user.theme) ?? 'system';

  const saveName = async () => {
    setSaving(true);
    const saved = await save({ displayName: displayName.trim() });
    setSaving(false);
    if (saved) notifications.show({ color: 'teal', message: t('profile.saved'), autoClose: 3000 });
  };

  return (
    <Stack gap="md" maw={720}>
      <div>
        <Title order={2}>{t('profile.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('profile.subtitle')}
        </Text>
      </div>
      <Section title={t('profile.identity')}>
        <Stack gap="sm">
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              {t('profile.username')}
            </Text>
            <Text size="sm" ff="monospace" data-testid="profile-username">
              {user.username}
            </Text>
            <RoleBadge role={user.role} />
          </Group>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!saving) void saveName();
            }}
          >
            <Group align="flex-end" gap="sm">
              <TextInput
                label={t('profile.displayName')}
                description={t('profile.displayNameHint')}
                value={displayName}
                onChange={(e) => setDisplayName(e.currentTarget.value)}
                maxLength={100}
                w={{ base: '100%', sm: 320 }}
                data-testid="profile-display-name"
              />
              <Button type="submit" loading={saving} disabled={displayName.trim() === user.displayName} data-testid="profile-save">
                {t('profile.save')}
              </Button>
            </Group>
          </form>
        </Stack>
      </Section>
      <Section title={t('profile.preferences')}>
        <Stack gap="md">
          <div>
            <Text size="sm" fw={500} id="profile-language-label" mb={4}>
              {t('shell.language')}
            </Text>
            <SegmentedControl
              aria-labelledby="profile-language-label"
              data-testid="profile-language"
              value={lang}
              onChange={(v) => {
                setLang(v as Language);
                void save({ language: toServerLanguage(v as Language) });
              }}
              data={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </div>
          <div>
            <Text size="sm" fw={500} id="profile-theme-label" mb={4}>
              {t('profile.theme')}
            </Text>
            <SegmentedControl
              aria-labelledby="profile-theme-label"
              data-testid="profile-theme"
              value={theme}
              onChange={(v) => {
                const next = v as ThemePreference;
                setColorScheme(toColorScheme(next) ?? 'auto');
                void save({ theme: next });
              }}
              data={[
                { value: 'system', label: t('profile.theme.system') },
                { value: 'light', label: t('profile.theme.light') },
                { value: 'dark', label: t('profile.theme.dark') },
              ]}
            />
          </div>
        </Stack>
      </Section>
      <Section title={t('profile.password')}>
        <ChangePasswordForm />
      </Section>
    </Stack>
  );
}
