import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export default function PlaceholderPage({
  titleKey,
}: {
  titleKey: 'nav.plans' | 'nav.feedback' | 'nav.audit' | 'nav.admin';
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={1} size="h2">
        {t(titleKey)}
      </Title>
      <Text c="dimmed">{t('common.comingSoon')}</Text>
    </Stack>
  );
}
