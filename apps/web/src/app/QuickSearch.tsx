import { ActionIcon, Group, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { ACCOUNTS_KEY, type CloudAccount } from '../api/accounts';
import type { ProductModule } from '../context/module';
import { searchCache, type SearchHit } from '../context/quick-search';
import { useI18n } from '../i18n/i18n';
import { LazyModal } from '../kit/overlays/LazyModal';
import { Tag } from '../kit/Tag';
import { Tip } from '../kit/Tip';

/**
 * The keyboard search (Ctrl+K / ⌘K, or the header's search button): finds any resource the console
 * has listed — by name, id or IP address, across accounts and clouds — among the answers it has
 * cached, and opens its page. Modules say what is searchable (`search` in module.ts).
 */
export function QuickSearch({ modules }: { modules: readonly ProductModule[] }) {
  const { t, pick } = useI18n();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const sources = useMemo(() => modules.flatMap((m) => m.search ?? []), [modules]);
  useHotkeys([['mod+K', () => (setText(''), setActive(0), setOpened(true))]], []);

  const hits = useMemo(
    () => (opened ? searchCache(qc.getQueryCache().getAll().map((q) => ({ queryKey: q.queryKey, data: q.state.data })), sources, text) : []),
    [opened, qc, sources, text],
  );
  const accounts = new Map((qc.getQueryData<CloudAccount[]>(ACCOUNTS_KEY) ?? []).map((a) => [a.id, a.name]));
  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpened(false);
    void navigate(hit.to);
  };

  return (
    <>
      <Tip label={t('shell.search')}>
        <ActionIcon variant="default" size="lg" aria-label={t('shell.search')} onClick={() => (setText(''), setActive(0), setOpened(true))} data-testid="quick-search-open">
          <IconSearch size={18} />
        </ActionIcon>
      </Tip>
      <LazyModal opened={opened} onClose={() => setOpened(false)} title={t('shell.searchLabel')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="xs">
          <TextInput
            data-autofocus
            role="combobox"
            aria-label={t('shell.searchLabel')}
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
            placeholder={t('shell.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(e) => (setText(e.currentTarget.value), setActive(0))}
            onKeyDown={(e) => {
              const moves: Record<string, () => void> = {
                ArrowDown: () => setActive((i) => Math.min(i + 1, hits.length - 1)),
                ArrowUp: () => setActive((i) => Math.max(i - 1, 0)),
                Enter: () => go(hits[active]),
              };
              const move = moves[e.key];
              if (!move) return;
              e.preventDefault();
              move();
            }}
            data-testid="quick-search-input"
          />
          <Text size="xs" c="dimmed">
            {t('shell.searchHint')}
          </Text>
          <Stack gap={2} role="listbox" id={listId} aria-label={t('shell.searchLabel')}>
            {text.trim() && hits.length === 0 ? (
              <Text size="sm" c="dimmed" py="sm">
                {t('shell.searchNone')}
              </Text>
            ) : null}
            {hits.map((hit, i) => (
              <UnstyledButton
                key={hit.key}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseEnter={() => setActive(i)}
                onClick={() => go(hit)}
                p="xs"
                style={{ borderRadius: 'var(--mantine-radius-sm)', background: i === active ? 'var(--mantine-color-default-hover)' : undefined }}
                data-testid="quick-search-hit"
                data-to={hit.to}
              >
                <Group justify="space-between" wrap="nowrap">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} truncate="end">
                      {hit.name || hit.id}
                    </Text>
                    <Text size="xs" c="dimmed" truncate="end">
                      {pick(hit.source.kind)} · {hit.id}
                      {hit.addresses.length ? ` · ${hit.addresses.join(', ')}` : ''}
                    </Text>
                  </Stack>
                  <Group gap={6} wrap="nowrap">
                    <Text size="xs" c="dimmed" truncate="end" maw={160}>
                      {accounts.get(hit.account) ?? ''}
                    </Text>
                    <Tag size="xs" color={hit.provider === 'cds' ? 'blue' : 'grape'}>
                      {hit.provider.toUpperCase()}
                    </Tag>
                  </Group>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </Stack>
      </LazyModal>
    </>
  );
}
