import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';

/** Placeholder until the dashboard endpoint lands (charts load in their own chunk). */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <Stack gap="xs">
      <Title order={1} size="h2">
        {t('dashboard.title')}
      </Title>
      <Text>{t('dashboard.welcome', { name: user?.full_name ?? '' })}</Text>
    </Stack>
  );
}
