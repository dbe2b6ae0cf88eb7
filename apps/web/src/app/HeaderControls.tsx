import { ActionIcon, Avatar, Group, Text, UnstyledButton, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconChevronDown, IconKey, IconLanguage, IconLogout, IconMoon, IconSun, IconUserCircle, IconWorld } from '@tabler/icons-react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CloudProvider } from '../api/accounts';
import { shownName, toServerLanguage, type SessionUser } from '../api/session';
import { useSavePreferences } from '../auth/preferences';
import { RoleBadge } from '../auth/RoleBadge';
import { roleLabel } from '../auth/roles';
import { useSignOut } from '../auth/useSignOut';
import { useI18n, type Language } from '../i18n/i18n';
import { LazyMenu } from '../kit/overlays/LazyMenu';
import { LazySelect } from '../kit/overlays/LazySelect';
import { Tag } from '../kit/Tag';
import { Tip } from '../kit/Tip';
import { keepShared, sharedSearch, withAccount } from '../context/account';
import { useAccountChoice } from '../context/AccountContext';
import { useRegion } from '../context/region';
import { regionOptions } from '../context/regions';

const ALL = '__all__';

/** The region picker: every CDS region plus "All regions", kept in ?region=. */
export function RegionPicker() {
  const { t, lang } = useI18n();
  const [region, setRegion] = useRegion();
  return (
    <LazySelect
      aria-label={t('shell.region')}
      data-testid="region-picker"
      leftSection={<IconWorld size={16} />}
      data={[{ value: ALL, label: t('shell.allRegions') }, ...regionOptions(lang)]}
      value={region ?? ALL}
      onChange={(v) => setRegion(!v || v === ALL ? undefined : v)}
      allowDeselect={false}
      searchable
      w={{ base: '100%', sm: 190 }}
      size="sm"
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/**
 * The cloud account picker: accounts grouped by provider, kept in ?account= (the first CDS account
 * by default). Picking another cloud's account switches the console to that cloud: it opens the
 * cloud's first product (`home`), since the page on screen belongs to the other one.
 */
export function AccountPicker({ home }: { home?: (provider: CloudProvider) => string | undefined }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { accounts, account, missing, requested, query, setAccount } = useAccountChoice();
  const providers = new Map((accounts ?? []).map((a) => [a.id, a.provider.toUpperCase()]));
  const items = (p: CloudProvider) => (accounts ?? []).filter((a) => a.provider === p).map((a) => ({ value: a.id, label: a.name }));
  const data = (['cds', 'mos'] as const).map((p) => ({ group: p.toUpperCase(), items: items(p) })).filter((g) => g.items.length > 0);
  if (missing && requested) data.push({ group: '?', items: [{ value: requested, label: t('account.unknown') }] });
  const pick = (id: string) => {
    const next = accounts?.find((a) => a.id === id);
    const to = next && account && next.provider !== account.provider ? home?.(next.provider) : undefined;
    if (to) void navigate(`${to}?${withAccount(keepShared(params, new URLSearchParams()), id)}`);
    else setAccount(id);
  };
  return (
    <LazySelect
      aria-label={t('shell.account')}
      data-testid="account-picker"
      data-account-id={account?.id}
      leftSection={
        account ? (
          <Tag size="xs" color={account.provider === 'cds' ? 'blue' : 'grape'} aria-hidden>
            {account.provider.toUpperCase()}
          </Tag>
        ) : (
          <IconKey size={16} />
        )
      }
      leftSectionWidth={account ? 50 : undefined}
      data={data}
      renderOption={({ option }) => (
        <Group gap={8} wrap="nowrap" justify="space-between" w="100%">
          <Text size="sm" truncate="end">
            {option.label}
          </Text>
          {providers.get(option.value) ? (
            <Text size="xs" c="dimmed">
              {providers.get(option.value)}
            </Text>
          ) : null}
        </Group>
      )}
      value={account?.id ?? (missing ? requested : null)}
      onChange={(v) => v && pick(v)}
      allowDeselect={false}
      placeholder={query.isLoading ? t('common.loading') : t('account.none')}
      disabled={!query.isLoading && (accounts ?? []).length === 0}
      error={missing || !!query.error}
      w={{ base: '100%', sm: 230 }}
      size="sm"
      comboboxProps={{ withinPortal: true, width: 280, position: 'bottom-start' }}
    />
  );
}

export function ColorSchemeToggle() {
  const { t } = useI18n();
  const { setColorScheme } = useMantineColorScheme();
  const save = useSavePreferences();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: true });
  const next = computed === 'dark' ? 'light' : 'dark';
  const label = next === 'dark' ? t('shell.darkTheme') : t('shell.lightTheme');
  return (
    <Tip label={label}>
      <ActionIcon
        variant="default"
        size="lg"
        onClick={() => {
          setColorScheme(next);
          void save({ theme: next });
        }}
        aria-label={label}
        data-testid="color-scheme-toggle"
      >
        {computed === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tip>
  );
}

export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  const save = useSavePreferences();
  return (
    <LazySelect
      aria-label={t('shell.language')}
      data-testid="language-switch"
      leftSection={<IconLanguage size={16} />}
      size="sm"
      w={118}
      value={lang}
      allowDeselect={false}
      onChange={(v) => {
        if (!v || v === lang) return;
        setLang(v as Language);
        void save({ language: toServerLanguage(v as Language) });
      }}
      data={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** The signed-in person (display name or username, role) and their menu: profile, sign out. */
export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const signOut = useSignOut();
  const name = shownName(user);
  // Named by its content (name and role), hidden visually but not from screen readers on narrow screens.
  const button = (
    <UnstyledButton data-testid="user-menu" style={{ borderRadius: 'var(--mantine-radius-sm)', padding: '4px 6px' }}>
      <Group gap={8} wrap="nowrap">
        <Avatar size={28} radius="xl" color="initials" name={name} aria-hidden />
        <Group gap={8} wrap="nowrap" className="visible-from-lg-sr">
          <Text size="sm" fw={500} data-testid="user-name" truncate="end" maw={160}>
            {name}
          </Text>
          <RoleBadge role={user.role} />
        </Group>
        <IconChevronDown size={14} aria-hidden />
      </Group>
    </UnstyledButton>
  );
  return (
    <LazyMenu position="bottom-end" withinPortal shadow="md" width={240} target={button}>
      {(M) => [
        <M.Item key="profile" component={Link} to={`/profile${sharedSearch(params)}`} leftSection={<IconUserCircle size={16} />} data-testid="profile-link">
          <Text size="sm" inherit>
            {t('shell.profile')}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {user.username} · {roleLabel(t, user.role)}
          </Text>
        </M.Item>,
        <M.Divider key="divider" />,
        <M.Item key="sign-out" leftSection={<IconLogout size={16} />} onClick={() => signOut.mutate()} disabled={signOut.isPending} data-testid="sign-out">
          {t('shell.signOut')}
        </M.Item>,
      ]}
    </LazyMenu>
  );
}
