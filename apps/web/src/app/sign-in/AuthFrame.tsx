import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCloud } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { DrawnLater } from '../../kit/drawing';
import { EndBoot } from '../boot';
import { AuthColorSchemeToggle, AuthLanguageSwitch } from './AuthControls';

/** The frame of the pages before the console (sign-in, first start): a card in the middle, language and theme on top. */
export function AuthFrame({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  const t = useT();
  return (
    <Box mih="100vh" bg="var(--mantine-color-default-hover)">
      <Group justify="space-between" p="md" component="header">
        <Group gap="sm" wrap="nowrap">
          <IconCloud size={24} color="var(--mantine-primary-color-filled)" aria-hidden />
          <Text fw={650} size="lg">
            {t('app.name')}
          </Text>
        </Group>
        <Group gap="sm" wrap="nowrap">
          {/* In the task after the card's frame (kit/drawing.tsx), under index.html's placeholder. */}
          <DrawnLater>
            <AuthLanguageSwitch />
            <AuthColorSchemeToggle />
          </DrawnLater>
        </Group>
      </Group>
      <Center component="main" px="md" py="xl">
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
          <Stack gap="md">
            <div>
              <Title order={1} size="h3">
                {title}
              </Title>
              {subtitle ? (
                <Text size="sm" c="dimmed" mt={4}>
                  {subtitle}
                </Text>
              ) : null}
            </div>
            {/* The form in a task of its own after that; the placeholder goes when it is drawn. */}
            <DrawnLater>
              <EndBoot />
              {children}
            </DrawnLater>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
