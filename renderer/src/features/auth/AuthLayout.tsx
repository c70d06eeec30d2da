import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../ui/LanguageSwitcher';
import './authScreens.css';

/** The frame of the screens before the app: first run, sign-in, lock. */
export function AuthLayout({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack mih="100vh" gap={0}>
      <Group component="header" justify="space-between" px="md" py="xs">
        <Text fw={600}>{t('app.name')}</Text>
        <LanguageSwitcher />
      </Group>
      <Center component="main" flex={1} p="md">
        <Paper withBorder shadow="sm" p="xl" w={440} maw="100%">
          <Stack gap="md">
            <Title order={1} size="h3">
              {title}
            </Title>
            {intro && <Text size="sm">{intro}</Text>}
            {children}
          </Stack>
        </Paper>
      </Center>
    </Stack>
  );
}
