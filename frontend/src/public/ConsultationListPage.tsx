import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoader } from '../components/PageLoader';
import { StatusBadge, toneForStatus } from '../components/StatusBadge';
import { formatDateTime } from '../lib/formatDate';
import { usePublicConsultations } from './queries';
import { consultationState } from './windowState';

export default function ConsultationListPage() {
  const { t, i18n } = useTranslation();
  const query = usePublicConsultations();
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="md">
      <div>
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {t('public.consultationsTitle')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('public.consultationsIntro')}
        </Text>
      </div>
      {query.isPending ? <PageLoader /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isSuccess && items.length === 0 ? <Text>{t('public.noConsultations')}</Text> : null}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((c) => {
          const state = consultationState(c);
          return (
            <Card component="li" key={c.id} withBorder padding="md" radius="md">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Title order={2} size="h4">
                  <Anchor component={Link} to={`/public/consultations/${c.id}`} c="civic.8">
                    {c.title}
                  </Anchor>
                </Title>
                <StatusBadge tone={toneForStatus(state)}>{t(`public.window.${state}`)}</StatusBadge>
              </Group>
              <Text size="sm" mt={4}>
                {c.document.title}
              </Text>
              <Text size="sm" c="dimmed" mt={4}>
                {t('public.windowRange', {
                  from: formatDateTime(c.opens_at, i18n.language),
                  to: formatDateTime(c.closes_at, i18n.language),
                })}
              </Text>
            </Card>
          );
        })}
      </Stack>
      {query.hasNextPage ? (
        <Button
          variant="default"
          onClick={() => void query.fetchNextPage()}
          loading={query.isFetchingNextPage}
          w="fit-content"
        >
          {t('common.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
